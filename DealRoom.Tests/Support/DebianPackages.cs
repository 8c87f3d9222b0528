namespace DealRoom.Tests.Support;

/// <summary>
/// Installs Debian packages a test fixture needs when their programs are missing (CI runs as root on Debian 12).
/// A machine where they are missing and cannot be installed fails the test with the reason; it never skips.
/// </summary>
public static class DebianPackages
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static bool _updated;

    /// <summary>Installs <paramref name="package"/> unless <paramref name="isPresent"/> says it is there.</summary>
    public static async Task EnsureAsync(string package, Func<bool> isPresent, TimeSpan timeout)
    {
        if (isPresent())
        {
            return;
        }

        await Gate.WaitAsync();
        try
        {
            if (isPresent())
            {
                return;
            }

            if (!ExternalProcess.IsRoot)
            {
                throw new InvalidOperationException(
                    $"Debian package '{package}' is missing and this user is not root: install it (apt-get install -y {package}) and re-run.");
            }

            var environment = new Dictionary<string, string> { ["DEBIAN_FRONTEND"] = "noninteractive" };
            if (!_updated)
            {
                (await ExternalProcess.RunAsync("apt-get", ["update", "-qq"], timeout, environment)).EnsureSuccess("apt-get update");
                _updated = true;
            }

            (await ExternalProcess.RunAsync("apt-get", ["install", "-y", "-qq", "--no-install-recommends", package], timeout, environment))
                .EnsureSuccess($"apt-get install {package}");
            if (!isPresent())
            {
                throw new InvalidOperationException($"apt-get installed '{package}' but what the test needs from it is still missing.");
            }
        }
        finally
        {
            Gate.Release();
        }
    }
}

namespace DealRoom.Tests.Support;

/// <summary>Finds the repository root (the folder holding DealRoom.sln) from the test's output folder.</summary>
public static class RepositoryRoot
{
    public static string Path
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !System.IO.File.Exists(System.IO.Path.Combine(directory.FullName, "DealRoom.sln")))
            {
                directory = directory.Parent;
            }

            return directory?.FullName ?? throw new InvalidOperationException("DealRoom.sln not found above " + AppContext.BaseDirectory);
        }
    }

    public static string File(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);
}

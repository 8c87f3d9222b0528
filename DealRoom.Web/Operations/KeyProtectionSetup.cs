using System.Security.Cryptography.X509Certificates;
using DealRoom.Web.Collaboration.ScaleOut;
using Microsoft.AspNetCore.DataProtection;

namespace DealRoom.Web.Operations;

/// <summary>
/// Protects the data-protection key ring at rest (the keys behind cookies, bearer tokens, antiforgery tokens) with a
/// certificate: <c>DataProtection:CertificatePath</c> (a PFX file) and <c>DataProtection:CertificatePassword</c>.
/// With several nodes the keys live in Redis (<see cref="ScaleOutSetup"/>), where anyone who can read Redis could
/// mint any user's token; so Production refuses to start with Redis-held keys and no certificate unless
/// <c>DataProtection:AllowUnprotectedKeys</c> is <c>true</c>.
/// </summary>
public static class KeyProtectionSetup
{
    public const string CertificatePathKey = "DataProtection:CertificatePath";
    public const string CertificatePasswordKey = "DataProtection:CertificatePassword";
    public const string AllowUnprotectedKey = "DataProtection:AllowUnprotectedKeys";

    public static IServiceCollection AddDealRoomKeyProtection(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var path = configuration[CertificatePathKey];
        if (string.IsNullOrWhiteSpace(path))
        {
            if (environment.IsProduction() && ScaleOutSetup.RedisOptions(configuration) is not null && !configuration.GetValue(AllowUnprotectedKey, false))
            {
                throw new InvalidOperationException(
                    $"The data-protection keys are kept in Redis unencrypted: set {CertificatePathKey} (a PFX file) and {CertificatePasswordKey} "
                    + $"to encrypt them, or set {AllowUnprotectedKey}=true to accept that anyone who can read Redis can forge sign-ins.");
            }

            return services;
        }

        var certificate = LoadCertificate(path.Trim(), configuration[CertificatePasswordKey]);

        // Also registers the certificate for decryption, so a node reads the keys any node wrote with it.
        services.AddDataProtection().ProtectKeysWithCertificate(certificate);
        return services;
    }

    private static X509Certificate2 LoadCertificate(string path, string? password)
    {
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"{CertificatePathKey} names {path}, which does not exist.");
        }

        var certificate = X509CertificateLoader.LoadPkcs12FromFile(path, password);
        if (!certificate.HasPrivateKey)
        {
            throw new InvalidOperationException($"The certificate in {path} has no private key: the key ring could be encrypted but never read back.");
        }

        return certificate;
    }
}

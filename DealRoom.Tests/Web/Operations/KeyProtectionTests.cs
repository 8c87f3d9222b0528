using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using DealRoom.Tests.Support;
using DealRoom.Web.Operations;
using StackExchange.Redis;

namespace DealRoom.Tests.Web.Operations;

/// <summary>The data-protection keys in Redis are encrypted with the configured certificate; Production insists on one.</summary>
public sealed class KeyProtectionTests
{
    [Fact]
    public async Task KeysInRedis_ShouldBeEncryptedWithTheCertificate_WhenOneIsConfigured()
    {
        var ct = TestContext.Current.CancellationToken;
        var folder = Directory.CreateTempSubdirectory("dealroom-keys-").FullName;
        var (path, certificateBase64) = SelfSignedPfx(folder, "pfx-Passw0rd");
        var prefix = "DealRoomKeys-" + Guid.NewGuid().ToString("N");
        var redis = await RedisServer.StartAsync(TimeSpan.FromMinutes(4));
        try
        {
            var settings = new Dictionary<string, string?>
            {
                ["Redis:Configuration"] = redis.Configuration,
                ["Redis:ChannelPrefix"] = prefix,
                [KeyProtectionSetup.CertificatePathKey] = path,
                [KeyProtectionSetup.CertificatePasswordKey] = "pfx-Passw0rd",
            };
            await using var server = new DealRoomServer(settings: settings);

            // A token is data-protected: issuing one creates the first key. A second node has only the encrypted key
            // in Redis: accepting the token means it decrypted the key with the certificate.
            var token = await server.OwnerTokenAsync(ct);
            await using var otherNode = new DealRoomServer(server.DatabasePath, settings);
            using var client = otherNode.CreateHttpClient(token);
            using var rooms = await client.GetAsync("/api/rooms", ct);

            Assert.Equal(HttpStatusCode.OK, rooms.StatusCode);
            await using var connection = await ConnectionMultiplexer.ConnectAsync(redis.Configuration);
            var keys = (await connection.GetDatabase().ListRangeAsync(prefix + ":DataProtection-Keys")).Select(k => k.ToString()).ToList();
            Assert.NotEmpty(keys);
            Assert.All(keys, xml =>
            {
                Assert.Contains("encryptedSecret", xml, StringComparison.Ordinal);
                // EncryptedXml names the certificate it encrypted to by embedding it.
                Assert.Contains(certificateBase64, xml, StringComparison.Ordinal);
                Assert.DoesNotContain("<value>", xml, StringComparison.Ordinal);
            });
        }
        finally
        {
            await redis.DisposeAsync();
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Start_ShouldBeRefusedInProduction_WhenRedisHoldsTheKeysWithoutACertificate()
    {
        var settings = new Dictionary<string, string?>
        {
            ["environment"] = "Production",
            // Never reached: the check runs while services are registered, before anything connects.
            ["Redis:Configuration"] = "127.0.0.1:1",
        };

        var error = Assert.ThrowsAny<Exception>(() => new DealRoomServer(settings: settings));

        Assert.Contains(KeyProtectionSetup.CertificatePathKey, Flatten(error), StringComparison.Ordinal);
    }

    private static string Flatten(Exception error) => error.InnerException is null ? error.Message : error.Message + " " + Flatten(error.InnerException);

    /// <summary>A self-signed RSA certificate with its private key, as a password-protected PFX file.</summary>
    private static (string Path, string CertificateBase64) SelfSignedPfx(string folder, string password)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=DealRoom key ring (test)", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
        var path = Path.Combine(folder, "keyring.pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, password));
        return (path, Convert.ToBase64String(certificate.RawData));
    }
}

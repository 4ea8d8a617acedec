namespace Ics2Port.Functions.Tests.Fallback;

using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

/// <summary>A self-signed signing certificate valid around the real clock, as the base64 PKCS#12 a Key Vault secret holds.</summary>
internal static class SigningCertificates
{
    // RSA key generation is slow on a busy machine: made once per run.
    private static readonly Lazy<string> Secret = new(() =>
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=Ics2Port Test Operator, O=Test, C=LV", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation, critical: true));
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        return Convert.ToBase64String(certificate.Export(X509ContentType.Pkcs12));
    });

    public static string Base64Pkcs12 => Secret.Value;
}

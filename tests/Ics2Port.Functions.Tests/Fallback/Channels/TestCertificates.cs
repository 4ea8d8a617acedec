namespace Ics2Port.Functions.Tests.Fallback.Channels;

using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

/// <summary>Self-signed signing certificates made in memory.</summary>
internal static class TestCertificates
{
    public static readonly DateTimeOffset Now = new(2026, 11, 23, 6, 0, 0, TimeSpan.Zero);

    // RSA key generation is slow on a busy machine; the usual certificate is made once and loaded afresh per test.
    private static readonly Lazy<byte[]> Usual = new(() =>
    {
        using var certificate = Create(Now.AddDays(-1), Now.AddYears(1));
        return certificate.Export(X509ContentType.Pkcs12);
    });

    /// <summary>A certificate with its private key, valid around <see cref="Now"/>; the caller owns it.</summary>
    public static X509Certificate2 Signing() => X509CertificateLoader.LoadPkcs12(Usual.Value, null);

    /// <summary>A certificate with its private key, valid only between the given times.</summary>
    public static X509Certificate2 Signing(DateTimeOffset notBefore, DateTimeOffset notAfter) => Create(notBefore, notAfter);

    private static X509Certificate2 Create(DateTimeOffset notBefore, DateTimeOffset notAfter)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=BALTSHIP Agency, O=Test, C=LV", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation, critical: true));
        return request.CreateSelfSigned(notBefore, notAfter);
    }
}

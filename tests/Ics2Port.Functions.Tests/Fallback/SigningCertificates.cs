namespace Ics2Port.Functions.Tests.Fallback;

using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
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

    /// <summary>The thumbprint of the configured certificate, the one every signature must name.</summary>
    public static string Thumbprint
    {
        get
        {
            using var certificate = X509CertificateLoader.LoadPkcs12(Convert.FromBase64String(Base64Pkcs12), null);
            return certificate.Thumbprint;
        }
    }

    /// <summary>
    /// The thumbprint of the certificate whose key made <paramref name="signature"/> over exactly <paramref name="content"/>;
    /// null when the signature does not verify, so a signature by any other key, or over other bytes, is told apart.
    /// </summary>
    public static string? SignerOf(byte[] content, byte[] signature)
    {
        var cms = new SignedCms(new ContentInfo(content), detached: true);
        try
        {
            cms.Decode(signature);
            var signer = cms.SignerInfos.Cast<SignerInfo>().Single();
            signer.CheckSignature(verifySignatureOnly: true);
            return signer.Certificate?.Thumbprint;
        }
        catch (CryptographicException)
        {
            return null;
        }
    }
}

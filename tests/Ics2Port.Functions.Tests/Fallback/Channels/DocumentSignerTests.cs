namespace Ics2Port.Functions.Tests.Fallback.Channels;

using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Ics2Port.Functions.Fallback.Channels;

public sealed class DocumentSignerTests : IDisposable
{
    private static readonly byte[] Document = Encoding.UTF8.GetBytes("""{"shipName":"BALTIC TRADER","imoNumber":"9074729"}""");

    private readonly FixedTimeProvider _clock = new(TestCertificates.Now);
    private readonly DirectoryInfo _files = Directory.CreateTempSubdirectory("ics2port-signer-");

    public void Dispose() => _files.Delete(recursive: true);

    [Fact]
    public void SignDetached_FB_2_EMAIL_Document_SignatureVerifiesAgainstIt()
    {
        using var signer = new DocumentSigner(TestCertificates.Signing(), _clock);

        var signature = signer.SignDetached(Document);

        Assert.True(DocumentSigner.Verify(Document, signature));
    }

    [Fact]
    public void Verify_FB_2_EMAIL_TamperedDocument_False()
    {
        using var signer = new DocumentSigner(TestCertificates.Signing(), _clock);
        var signature = signer.SignDetached(Document);
        var tampered = Encoding.UTF8.GetBytes("""{"shipName":"BALTIC TRADER","imoNumber":"9074730"}""");

        var verified = DocumentSigner.Verify(tampered, signature);

        Assert.False(verified);
    }

    [Fact]
    public void Verify_NotASignature_False()
    {
        var verified = DocumentSigner.Verify(Document, Encoding.UTF8.GetBytes("not a signature"));

        Assert.False(verified);
    }

    [Fact]
    public void SignDetached_Document_Sha256DetachedWithSignerCertificateAndSigningTime()
    {
        using var certificate = TestCertificates.Signing();
        using var signer = new DocumentSigner(TestCertificates.Signing(), _clock);

        var signature = signer.SignDetached(Document);

        var cms = new SignedCms(new ContentInfo(Document), detached: true);
        cms.Decode(signature);
        var signerInfo = Assert.Single(cms.SignerInfos.Cast<SignerInfo>());
        var signingTime = signerInfo.SignedAttributes.Cast<CryptographicAttributeObject>()
            .SelectMany(attribute => attribute.Values.Cast<AsnEncodedData>())
            .OfType<Pkcs9SigningTime>()
            .Single();
        Assert.Equal(
            ("2.16.840.1.101.3.4.2.1", certificate.Thumbprint, TestCertificates.Now.UtcDateTime),
            (signerInfo.DigestAlgorithm.Value, signerInfo.Certificate!.Thumbprint, signingTime.SigningTime));
    }

    [Fact]
    public void IsAvailable_NoCertificate_FalseNamingTheSetting()
    {
        using var signer = DocumentSigner.FromOptions(new SigningOptions(), _clock);

        var available = signer.IsAvailable;

        Assert.False(available);
        Assert.Contains("Signing:CertificatePath", signer.UnavailableReason, StringComparison.Ordinal);
    }

    [Fact]
    public void SignDetached_NoCertificate_Throws()
    {
        using var signer = new DocumentSigner(null, _clock);

        var sign = () => signer.SignDetached(Document);

        Assert.Throws<InvalidOperationException>(sign);
    }

    [Fact]
    public void IsAvailable_CertificateWithoutPrivateKey_False()
    {
        using var withKey = TestCertificates.Signing();
        using var signer = new DocumentSigner(X509CertificateLoader.LoadCertificate(withKey.RawData), _clock);

        var available = signer.IsAvailable;

        Assert.False(available);
    }

    [Fact]
    public void IsAvailable_CertificateExpired_False()
    {
        using var signer = new DocumentSigner(
            TestCertificates.Signing(TestCertificates.Now.AddYears(-2), TestCertificates.Now.AddDays(-1)),
            _clock);

        var available = signer.IsAvailable;

        Assert.False(available);
    }

    [Fact]
    public void FromOptions_PfxWithPassword_SignsVerifiably()
    {
        using var certificate = TestCertificates.Signing();
        var pfx = Path.Combine(_files.FullName, "signing.pfx");
        File.WriteAllBytes(pfx, certificate.Export(X509ContentType.Pkcs12, "secret"));
        using var signer = DocumentSigner.FromOptions(new SigningOptions { CertificatePath = pfx, CertificatePassword = "secret" }, _clock);

        var signature = signer.SignDetached(Document);

        Assert.True(DocumentSigner.Verify(Document, signature));
    }

    [Fact]
    public void FromOptions_PemCertificateAndKey_SignsVerifiably()
    {
        using var certificate = TestCertificates.Signing();
        var certificatePath = Path.Combine(_files.FullName, "signing.crt");
        var keyPath = Path.Combine(_files.FullName, "signing.key");
        File.WriteAllText(certificatePath, certificate.ExportCertificatePem());
        File.WriteAllText(keyPath, certificate.GetRSAPrivateKey()!.ExportPkcs8PrivateKeyPem());
        using var signer = DocumentSigner.FromOptions(new SigningOptions { CertificatePath = certificatePath, PrivateKeyPath = keyPath }, _clock);

        var signature = signer.SignDetached(Document);

        Assert.True(DocumentSigner.Verify(Document, signature));
    }

    [Theory]
    [InlineData("absent.pfx")]
    [InlineData("absent.crt")]
    public void FromOptions_MissingFile_ThrowsNamingThePath(string fileName)
    {
        var path = Path.Combine(_files.FullName, fileName);

        var load = () => DocumentSigner.FromOptions(new SigningOptions { CertificatePath = path }, _clock);

        var error = Assert.Throws<InvalidOperationException>(load);
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromOptions_WrongPassword_Throws()
    {
        using var certificate = TestCertificates.Signing();
        var pfx = Path.Combine(_files.FullName, "signing.pfx");
        File.WriteAllBytes(pfx, certificate.Export(X509ContentType.Pkcs12, "secret"));

        var load = () => DocumentSigner.FromOptions(new SigningOptions { CertificatePath = pfx, CertificatePassword = "wrong" }, _clock);

        Assert.Throws<InvalidOperationException>(load);
    }
}

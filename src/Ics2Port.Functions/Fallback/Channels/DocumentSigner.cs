namespace Ics2Port.Functions.Fallback.Channels;

using System.Globalization;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;

/// <summary>
/// Signs a document with a detached CMS signature (SHA-256), the <c>.p7s</c> that travels beside it (FB-2-EMAIL
/// asks for documents signed with a secure electronic signature). Without a usable certificate it signs nothing
/// and says why, which makes the e-mail channel unusable.
/// </summary>
public sealed class DocumentSigner : IDisposable
{
    /// <summary>Media type of a detached signature file.</summary>
    public const string SignatureContentType = "application/pkcs7-signature";

    private static readonly Oid Sha256 = new("2.16.840.1.101.3.4.2.1");

    private readonly X509Certificate2? _certificate;
    private readonly TimeProvider _timeProvider;

    /// <summary>A signer with <paramref name="certificate"/> (which it then owns), or none when it is <see langword="null"/>.</summary>
    public DocumentSigner(X509Certificate2? certificate, TimeProvider timeProvider)
    {
        _certificate = certificate;
        _timeProvider = timeProvider;
    }

    /// <summary>Why nothing can be signed now, or <see langword="null"/> when signing works.</summary>
    public string? UnavailableReason
    {
        get
        {
            if (_certificate is null)
            {
                return $"No signing certificate is configured ({SigningOptions.SectionName}:CertificateSecret or {SigningOptions.SectionName}:CertificatePath).";
            }

            if (!_certificate.HasPrivateKey)
            {
                return $"The signing certificate '{_certificate.Subject}' has no private key.";
            }

            var now = _timeProvider.GetUtcNow();
            return now < _certificate.NotBefore.ToUniversalTime() || now > _certificate.NotAfter.ToUniversalTime()
                ? string.Create(CultureInfo.InvariantCulture, $"The signing certificate '{_certificate.Subject}' is valid only from {_certificate.NotBefore:O} to {_certificate.NotAfter:O}.")
                : null;
        }
    }

    /// <summary>True when <see cref="SignDetached"/> can be called.</summary>
    public bool IsAvailable => UnavailableReason is null;

    /// <summary>The signer's certificate subject, for the e-mail text.</summary>
    public string? Subject => _certificate?.Subject;

    /// <summary>
    /// Loads the configured certificate. Nothing configured gives a signer that is not available; a configured
    /// certificate that cannot be read is a configuration fault and throws.
    /// </summary>
    /// <exception cref="InvalidOperationException">The configured certificate or key cannot be read.</exception>
    public static DocumentSigner FromOptions(SigningOptions options, TimeProvider timeProvider)
    {
        if (!string.IsNullOrWhiteSpace(options.CertificateSecret))
        {
            return FromSecret(options, timeProvider);
        }

        if (string.IsNullOrWhiteSpace(options.CertificatePath))
        {
            return new DocumentSigner(null, timeProvider);
        }

        var extension = Path.GetExtension(options.CertificatePath);
        try
        {
            var certificate = extension.Equals(".pfx", StringComparison.OrdinalIgnoreCase) || extension.Equals(".p12", StringComparison.OrdinalIgnoreCase)
                ? X509CertificateLoader.LoadPkcs12FromFile(options.CertificatePath, options.CertificatePassword)
                : X509Certificate2.CreateFromPemFile(options.CertificatePath, string.IsNullOrWhiteSpace(options.PrivateKeyPath) ? null : options.PrivateKeyPath);
            return new DocumentSigner(certificate, timeProvider);
        }
        catch (Exception e) when (e is CryptographicException or IOException or UnauthorizedAccessException)
        {
            throw new InvalidOperationException(
                $"{SigningOptions.SectionName}:CertificatePath '{options.CertificatePath}' cannot be loaded: {e.Message}", e);
        }
    }

    private static DocumentSigner FromSecret(SigningOptions options, TimeProvider timeProvider)
    {
        try
        {
            var pkcs12 = Convert.FromBase64String(options.CertificateSecret!.Trim());
            return new DocumentSigner(X509CertificateLoader.LoadPkcs12(pkcs12, options.CertificatePassword), timeProvider);
        }
        catch (Exception e) when (e is FormatException or CryptographicException)
        {
            // The secret itself is never echoed: it holds the private key.
            throw new InvalidOperationException($"{SigningOptions.SectionName}:CertificateSecret is not a base64 PKCS#12 that can be read: {e.Message}", e);
        }
    }

    /// <summary>The DER-encoded detached CMS signature of <paramref name="content"/>, with the signer's certificate and signing time.</summary>
    /// <exception cref="InvalidOperationException">The signer is not available; check <see cref="IsAvailable"/> first.</exception>
    public byte[] SignDetached(ReadOnlyMemory<byte> content)
    {
        if (UnavailableReason is { } reason)
        {
            throw new InvalidOperationException(reason);
        }

        var cms = new SignedCms(new ContentInfo(content.ToArray()), detached: true);
        var signer = new CmsSigner(SubjectIdentifierType.IssuerAndSerialNumber, _certificate)
        {
            DigestAlgorithm = Sha256,
            IncludeOption = X509IncludeOption.EndCertOnly,
        };
        signer.SignedAttributes.Add(new Pkcs9SigningTime(_timeProvider.GetUtcNow().UtcDateTime));
        cms.ComputeSignature(signer);
        return cms.Encode();
    }

    /// <summary>
    /// True when <paramref name="signature"/> is a detached CMS signature of exactly <paramref name="content"/> by the
    /// certificate it carries (the chain of trust is not checked).
    /// </summary>
    public static bool Verify(ReadOnlyMemory<byte> content, ReadOnlyMemory<byte> signature)
    {
        var cms = new SignedCms(new ContentInfo(content.ToArray()), detached: true);
        try
        {
            cms.Decode(signature.Span);
            if (cms.SignerInfos.Count == 0)
            {
                return false;
            }

            cms.CheckSignature(verifySignatureOnly: true);
            return true;
        }
        catch (CryptographicException)
        {
            return false;
        }
    }

    public void Dispose() => _certificate?.Dispose();
}

namespace Ics2Port.Functions.Fallback.Channels;

/// <summary>
/// The certificate that signs documents e-mailed during an outage (configuration section <c>Ics2Port:Signing</c>, FB-2-EMAIL):
/// <see cref="CertificateSecret"/>, the base64 PKCS#12 a Key Vault certificate secret holds; or a PKCS#12 file
/// (<c>.pfx</c>/<c>.p12</c>) with <see cref="CertificatePassword"/>; or a PEM certificate with <see cref="PrivateKeyPath"/>
/// (or the key in the same file). Nothing configured leaves the e-mail channel unusable.
/// </summary>
public sealed class SigningOptions
{
    public const string SectionName = "Ics2Port:Signing";

    /// <summary>Base64 PKCS#12 with the private key (a Key Vault certificate's secret); wins over <see cref="CertificatePath"/>.</summary>
    public string? CertificateSecret { get; set; }

    public string? CertificatePath { get; set; }

    public string? CertificatePassword { get; set; }

    public string? PrivateKeyPath { get; set; }
}

namespace Ics2Port.Functions.Fallback.Channels;

/// <summary>
/// The certificate that signs documents e-mailed during an outage (configuration section <c>Signing</c>, FB-2-EMAIL):
/// a PKCS#12 file (<c>.pfx</c>/<c>.p12</c>) with <see cref="CertificatePassword"/>, or a PEM certificate with
/// <see cref="PrivateKeyPath"/> (or the key in the same file). Nothing configured leaves the e-mail channel unusable.
/// </summary>
public sealed class SigningOptions
{
    public const string SectionName = "Signing";

    public string? CertificatePath { get; set; }

    public string? CertificatePassword { get; set; }

    public string? PrivateKeyPath { get; set; }
}

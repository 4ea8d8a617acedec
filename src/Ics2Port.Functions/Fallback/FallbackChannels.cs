namespace Ics2Port.Functions.Fallback;

using Ics2Port.Domain.Fallback;
using Ics2Port.Functions.Fallback.Channels;
using Microsoft.Extensions.Options;

/// <summary>
/// The peers documents travel to, as configured: the port system and the EDS only when their base URL is set
/// (without the port system, documents stay <c>accepted</c>), the e-mail channel always (it says itself whether
/// it is usable), and the control points with their configured e-mails and addresses.
/// </summary>
public sealed class FallbackChannels
{
    public const string PortSystemHttpClient = "Ics2Port.PortSystem";
    public const string EdsHttpClient = "Ics2Port.Eds";

    public FallbackChannels(
        IHttpClientFactory httpClients,
        IOptions<PortSystemOptions> portSystem,
        IOptions<EdsOptions> eds,
        IOptions<FallbackOptions> fallback,
        IFallbackMailer mailer)
    {
        PortSystemSettings = portSystem.Value;
        PortSystem = portSystem.Value.BaseUrl is null ? null : new PortSystemClient(httpClients.CreateClient(PortSystemHttpClient), portSystem);
        Eds = eds.Value.BaseUrl is null ? null : new EdsClient(httpClients.CreateClient(EdsHttpClient), eds);
        Mailer = mailer;
        ControlPoints = Configure(fallback.Value);
    }

    /// <summary>Null when <c>Ics2Port:PortSystem:BaseUrl</c> is not set.</summary>
    public PortSystemClient? PortSystem { get; }

    public PortSystemOptions PortSystemSettings { get; }

    /// <summary>Null when <c>Ics2Port:Eds:BaseUrl</c> is not set; the EDS then counts as not working (FB-2-EMAIL follows).</summary>
    public EdsClient? Eds { get; }

    public IFallbackMailer Mailer { get; }

    public ControlPoints ControlPoints { get; }

    private static ControlPoints Configure(FallbackOptions options)
    {
        var points = ControlPoints.Latvia;
        foreach (var port in options.ControlPointEmails.Keys.Union(options.ControlPointAddresses.Keys, StringComparer.OrdinalIgnoreCase))
        {
            try
            {
                points = points.With(port, options.ControlPointEmails.GetValueOrDefault(port), options.ControlPointAddresses.GetValueOrDefault(port));
            }
            catch (ArgumentException e)
            {
                throw new InvalidOperationException($"{FallbackOptions.SectionName}: {e.Message}", e);
            }
        }

        return points;
    }
}

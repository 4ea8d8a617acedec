namespace Ics2Port.Domain.Fallback;

/// <summary>
/// Which customs control point takes a port's documents during an outage (FB-WHERE). <see cref="Latvia"/> holds the
/// control points the law names (FB-2-EMAIL); configuration may replace an e-mail or add an address with <see cref="With"/>.
/// </summary>
public sealed class ControlPoints
{
    private readonly IReadOnlyDictionary<string, CustomsControlPoint> _byPort;

    /// <summary>A directory of <paramref name="controlPoints"/>, one per port.</summary>
    public ControlPoints(IEnumerable<CustomsControlPoint> controlPoints)
    {
        _byPort = controlPoints.ToDictionary(point => point.Port, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The control points of seed 003 (FB-2-EMAIL). Their street addresses are not in the law and are left to configuration.</summary>
    public static ControlPoints Latvia { get; } = new(
    [
        new CustomsControlPoint("LVRIX", "0210", "Riga Free Port MKP", "mkp.0210@vid.gov.lv"),
        new CustomsControlPoint("LVVNT", "0311", "Ventspils port MKP", "mkp.0311@vid.gov.lv"),
        new CustomsControlPoint("LVLPX", "0411", "Liepāja port MKP", "mkp.0411@vid.gov.lv"),
    ]);

    /// <summary>Every control point, ordered by port.</summary>
    public IReadOnlyList<CustomsControlPoint> All => [.. _byPort.Values.OrderBy(point => point.Port, StringComparer.Ordinal)];

    /// <summary>The control point for <paramref name="port"/> (a UN/LOCODE), or an <see cref="FallbackErrorCodes.Where"/> error.</summary>
    public FallbackResult<CustomsControlPoint> ForPort(string? port) =>
        port is not null && _byPort.TryGetValue(Codes.UnLocode.TryParse(port.Trim(), out var code) ? code.Value : port.Trim(), out var point)
            ? new FallbackResult<CustomsControlPoint>(point)
            : new FallbackResult<CustomsControlPoint>(new FallbackError(
                FallbackErrorCodes.Where,
                $"No customs control point is known for port '{port}'; known ports: {string.Join(", ", _byPort.Keys.Order(StringComparer.Ordinal))}."));

    /// <summary>A copy where the control point of <paramref name="port"/> has the given e-mail and/or address.</summary>
    /// <exception cref="ArgumentException">The port has no control point: configuration names a port the law does not.</exception>
    public ControlPoints With(string port, string? email = null, string? address = null)
    {
        var existing = ForPort(port);
        if (!existing.Succeeded)
        {
            throw new ArgumentException(existing.Error!.Message, nameof(port));
        }

        var changed = existing.Value with
        {
            Email = string.IsNullOrWhiteSpace(email) ? existing.Value.Email : email.Trim(),
            Address = string.IsNullOrWhiteSpace(address) ? existing.Value.Address : address.Trim(),
        };
        return new ControlPoints(_byPort.Values.Select(point => point.Port == changed.Port ? changed : point));
    }
}

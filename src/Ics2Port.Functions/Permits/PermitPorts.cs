namespace Ics2Port.Functions.Permits;

using Ics2Port.Domain.Codes;

/// <summary>The one form a port is listed under, whichever form the port call gave it in (<c>LV RIX</c> is <c>LVRIX</c>).</summary>
internal static class PermitPorts
{
    public static string KeyOf(string port) => UnLocode.TryParse(port.Trim(), out var code) ? code.Value : port.Trim();
}

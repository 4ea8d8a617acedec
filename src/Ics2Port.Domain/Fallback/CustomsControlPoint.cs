namespace Ics2Port.Domain.Fallback;

/// <summary>A VID customs control point (MKP) competent for a port (FB-WHERE).</summary>
/// <param name="Port">UN/LOCODE of the port it supervises, e.g. <c>LVVNT</c>.</param>
/// <param name="Code">The control point's code, also the EDS letter category (FB-1-EDS), e.g. <c>0311</c>.</param>
/// <param name="Name">Its name as people write it.</param>
/// <param name="Email">Where signed documents are e-mailed (FB-2-EMAIL).</param>
/// <param name="Address">Where documents are handed over in person (FB-3-IN-PERSON); <see langword="null"/> when not configured.</param>
public sealed record CustomsControlPoint(string Port, string Code, string Name, string Email, string? Address = null);

namespace Ics2Port.Functions.Fallback.Workflow;

using Ics2Port.Domain.Fallback;
using Ics2Port.Functions.Fallback.Channels;

/// <summary>What a letter or e-mail about one case needs: the port call, its control point (or why there is none), the document and its file.</summary>
public sealed record CaseContext(
    string CaseId,
    PortCallReference PortCall,
    FallbackResult<CustomsControlPoint> ControlPoint,
    FallbackDocument Document,
    FallbackAttachment File);

namespace Ics2Port.Functions.Fallback.Channels;

using System.Globalization;
using Ics2Port.Domain.Fallback;

/// <summary>A letter to VID through the EDS, "Correspondence with VID" → "Write a new letter" (FB-1-EDS).</summary>
/// <param name="Category">The addressee: the customs control point's code, e.g. <c>0311</c>.</param>
/// <param name="Subject">One line naming the port call and document.</param>
/// <param name="Body">The letter's text.</param>
/// <param name="Attachments">The documents.</param>
/// <param name="IdempotencyKey">The same key never makes a second letter, however often it is sent.</param>
public sealed record EdsLetter(string Category, string Subject, string Body, IReadOnlyList<FallbackAttachment> Attachments, string IdempotencyKey)
{
    /// <summary>
    /// The letter carrying one document version to the control point of its port; its key is the document id and version,
    /// so one version never becomes two letters.
    /// </summary>
    public static EdsLetter ForDocument(CustomsControlPoint controlPoint, PortCallReference portCall, FallbackDocument document, FallbackAttachment file) =>
        new(
            controlPoint.Code,
            FallbackCorrespondence.Subject(portCall, document),
            FallbackCorrespondence.Body(controlPoint, portCall, document),
            [file],
            string.Create(CultureInfo.InvariantCulture, $"{document.DocumentId}/v{document.Version}"));
}

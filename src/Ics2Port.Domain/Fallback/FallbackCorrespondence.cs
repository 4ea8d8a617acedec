namespace Ics2Port.Domain.Fallback;

using System.Globalization;
using System.Text;
using Ics2Port.Domain.Common;

/// <summary>Subject and text of a letter or e-mail that carries one document to a control point (FB-1-EDS, FB-2-EMAIL).</summary>
public static class FallbackCorrespondence
{
    /// <summary>One line naming the port call, the ship and the document, so customs can file it without opening it.</summary>
    public static string Subject(PortCallReference portCall, FallbackDocument document) =>
        FreeTexts.OneLine(string.Create(
            CultureInfo.InvariantCulture,
            $"Port call {portCall.PortCallId}, IMO {portCall.ImoNumber}, voyage {portCall.VoyageNumber}: {document.Label} version {document.Version}"));

    /// <summary>The text: why it is sent this way, to whom, and what is attached.</summary>
    public static string Body(CustomsControlPoint controlPoint, PortCallReference portCall, FallbackDocument document)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"To customs control point {controlPoint.Code} {controlPoint.Name}.");
        text.AppendLine("The port system is unavailable; this document is submitted under the fallback procedure.");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"Port call: {portCall.PortCallId} ({portCall.Port})");
        text.AppendLine(CultureInfo.InvariantCulture, $"Vessel:    {Vessel(portCall)}");
        text.AppendLine(CultureInfo.InvariantCulture, $"Voyage:    {portCall.VoyageNumber}");
        text.AppendLine(CultureInfo.InvariantCulture, $"Document:  {document.Title}{(document.Direction is null ? string.Empty : ", " + document.Direction)}, version {document.Version}");
        text.AppendLine(CultureInfo.InvariantCulture, $"Id:        {document.DocumentId}");
        text.AppendLine(CultureInfo.InvariantCulture, $"SHA-256:   {document.Sha256}");
        text.AppendLine();
        text.AppendLine("It will be submitted in the port system once the system is restored.");
        return text.ToString();
    }

    /// <summary>Name, IMO number and call sign when known.</summary>
    internal static string Vessel(PortCallReference portCall) =>
        portCall.CallSign is null
            ? $"{portCall.VesselName}, IMO {portCall.ImoNumber}"
            : $"{portCall.VesselName}, IMO {portCall.ImoNumber}, call sign {portCall.CallSign}";
}

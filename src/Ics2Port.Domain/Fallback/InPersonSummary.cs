namespace Ics2Port.Domain.Fallback;

using System.Globalization;
using System.Text;

/// <summary>The printable sheet a shipping agent, or a ship supplier for its supplies, takes to the customs control point (FB-3-IN-PERSON).</summary>
public static class InPersonSummary
{
    /// <summary>
    /// Plain text listing the control point, the port call and every document with its version and SHA-256,
    /// ending with a line for customs to acknowledge receipt.
    /// </summary>
    /// <param name="controlPoint">Where the documents are handed over.</param>
    /// <param name="portCall">The port call the documents belong to.</param>
    /// <param name="documents">The documents handed over; at least one.</param>
    /// <param name="preparedAt">When the sheet was prepared, printed with its offset.</param>
    public static string Render(
        CustomsControlPoint controlPoint,
        PortCallReference portCall,
        IReadOnlyList<FallbackDocument> documents,
        DateTimeOffset preparedAt)
    {
        if (documents.Count == 0)
        {
            throw new ArgumentException("An in-person submission lists at least one document.", nameof(documents));
        }

        var text = new StringBuilder();
        Line(text, "PORT DOCUMENTS SUBMITTED IN PERSON (fallback procedure, port system unavailable)");
        Line(text, string.Empty);
        Line(text, $"Customs control point: {controlPoint.Code} {controlPoint.Name}");
        if (!string.IsNullOrWhiteSpace(controlPoint.Address))
        {
            Line(text, $"Address:               {controlPoint.Address}");
        }

        Line(text, $"E-mail:                {controlPoint.Email}");
        Line(text, string.Empty);
        Line(text, $"Port call:             {portCall.PortCallId}");
        Line(text, $"Port:                  {portCall.Port}");
        Line(text, $"Vessel:                {FallbackCorrespondence.Vessel(portCall)}");
        Line(text, $"Voyage:                {portCall.VoyageNumber}");
        Line(text, $"Prepared:              {preparedAt.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture)}");
        Line(text, string.Empty);
        Line(text, $"Documents ({documents.Count}):");
        for (var index = 0; index < documents.Count; index++)
        {
            var document = documents[index];
            Line(text, $"{index + 1,3}. {document.Title} ({document.Code}){(document.Direction is null ? string.Empty : ", " + document.Direction)}, version {document.Version}");
            Line(text, $"     document id: {document.DocumentId}");
            Line(text, $"     SHA-256:     {document.Sha256}");
        }

        Line(text, string.Empty);
        Line(text, "Every document listed will be submitted in the port system once it is restored.");
        Line(text, string.Empty);
        Line(text, "Received at the control point (name, signature, date and time):");
        Line(text, string.Empty);
        Line(text, "______________________________________________________________");
        return text.ToString();
    }

    // One newline convention, so the sheet prints the same wherever it is rendered.
    private static void Line(StringBuilder text, string line) => text.Append(line).Append('\n');
}

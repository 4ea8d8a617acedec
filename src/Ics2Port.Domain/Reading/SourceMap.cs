namespace Ics2Port.Domain.Reading;

using Ics2Port.Domain.Common;
using Ics2Port.Domain.Reading.Tabular;

/// <summary>
/// Maps JSON Pointers into a read document back to where the values came from, so that findings point at
/// what the sender wrote: for CSV and XLSX, <c>/crew/3/identityDocument/number</c> becomes
/// <c>/rows/3/identityDocument.number</c>, a manifest item becomes the row it was read from, a consignment's
/// field the row its value came from, a whole list <c>/rows</c>. Pointers it does not know stay as they are.
/// </summary>
public sealed class SourceMap
{
    private readonly ISourceLayout? layout;

    private SourceMap(ISourceLayout? layout) => this.layout = layout;

    /// <summary>The map of a JSON document: every pointer already points into the source.</summary>
    public static SourceMap Identity { get; } = new(null);

    /// <summary>The source pointer of one document pointer; a lookup costs about as much as splitting the pointer.</summary>
    public string ToSource(string documentPointer)
    {
        if (layout is null || documentPointer.Length == 0)
        {
            return documentPointer;
        }

        return layout.ToSource(JsonPointer.Split(documentPointer)) ?? documentPointer;
    }

    /// <summary>The finding with its pointer mapped to the source.</summary>
    public Finding ToSource(Finding finding)
    {
        var pointer = ToSource(finding.Pointer);
        return ReferenceEquals(pointer, finding.Pointer) ? finding : finding with { Pointer = pointer };
    }

    /// <summary>The report with every error and warning mapped to the source.</summary>
    public ValidationReport ToSource(ValidationReport report) =>
        layout is null ? report : new([.. report.Errors.Select(ToSource)], [.. report.Warnings.Select(ToSource)]);

    internal static SourceMap For(ISourceLayout layout) => new(layout);
}

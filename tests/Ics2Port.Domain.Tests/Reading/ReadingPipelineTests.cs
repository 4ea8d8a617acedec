namespace Ics2Port.Domain.Tests.Reading;

using Ics2Port.Domain.Common;
using Ics2Port.Domain.PortCalls;
using Ics2Port.Domain.Reading;
using Ics2Port.Domain.Tests.Builders;

/// <summary>Read a table, validate the document, report against the rows: what a sender of a CSV file sees.</summary>
public sealed class ReadingPipelineTests
{
    [Fact]
    public void Validate_CrewListCsv_FindingsPointAtRows()
    {
        var csv = Utf8Bytes.Lines(
            "familyName,givenNames,nationality,dateOfBirth,placeOfBirth,gender,identityDocument.type,identityDocument.number,identityDocument.issuingState,identityDocument.expiryDate,rankOrRating",
            "Ozols,Janis,LV,1971-03-02,Riga,M,passport,LV1234567,LV,2030-01-31,MASTER",
            "",
            "Berzina,,Latvia,1990-12-24,Liepaja,F,passport,LV7654321,LV,2030-06-30,AB");
        var read = DocumentReader.Read(DocumentType.Fal5, DocumentFormat.Csv, csv);
        var report = DocumentValidator.Validate(DocumentType.Fal5, read.Document!, new DocumentContextBuilder().Build());

        var source = read.SourceMap.ToSource(report);

        Assert.Equal(
            [("/rows/2/givenNames", RuleIds.Required), ("/rows/2/nationality", RuleIds.FormatCountry)],
            source.Errors.Select(error => (error.Pointer, error.Rule)).Order());
    }

    [Fact]
    public void Validate_ManifestCsv_FindingsPointAtItemAndConsignmentRows()
    {
        var csv = ManifestCsv.Table(
            ',',
            ManifestCsv.Columns,
            ManifestCsv.FirstRow,
            ManifestCsv.SecondBillRow.With("consignee.country", "Latvia"),
            ManifestCsv.SecondItemRow.With("hsCode", "44"));
        var read = DocumentReader.Read(DocumentType.Manifest, DocumentFormat.Csv, csv);
        var report = DocumentValidator.Validate(DocumentType.Manifest, read.Document!, new DocumentContextBuilder().Build());

        var source = read.SourceMap.ToSource(report);

        Assert.Contains(("/rows/1/consignee.country", RuleIds.FormatCountry), source.Errors.Select(error => (error.Pointer, error.Rule)));
        Assert.Contains(("/rows/2/hsCode", RuleIds.FormatHs), source.Errors.Select(error => (error.Pointer, error.Rule)));
        Assert.All(source.Errors.Concat(source.Warnings), finding => Assert.StartsWith("/rows", finding.Pointer, StringComparison.Ordinal));
    }
}

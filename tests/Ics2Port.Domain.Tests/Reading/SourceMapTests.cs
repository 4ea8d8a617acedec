namespace Ics2Port.Domain.Tests.Reading;

using Ics2Port.Domain.Common;
using Ics2Port.Domain.PortCalls;
using Ics2Port.Domain.Reading;

public sealed class SourceMapTests
{
    private static readonly SourceMap CrewMap = DocumentReader.Read(
        DocumentType.Fal5,
        DocumentFormat.Csv,
        Utf8Bytes.Lines("familyName,identityDocument.number,rankOrRating", "A,1,MASTER", "B,2,AB", "C,3,AB", "D,4,AB", "E,5,AB")).SourceMap;

    /// <summary>Rows 0 and 2 are BL-1, row 1 is BL-2.</summary>
    private static readonly SourceMap ManifestMap = DocumentReader.Read(DocumentType.Manifest, DocumentFormat.Csv, ManifestCsv.ThreeRows()).SourceMap;

    [Theory]
    [InlineData("/crew/3/identityDocument/number", "/rows/3/identityDocument.number")]
    [InlineData("/crew/3/identityDocument", "/rows/3")]
    [InlineData("/crew/3/nationality", "/rows/3/nationality")]
    [InlineData("/crew/4", "/rows/4")]
    [InlineData("/crew", "/rows")]
    [InlineData("", "")]
    [InlineData("/crew/5/familyName", "/crew/5/familyName")]
    [InlineData("/crew/-1", "/crew/-1")]
    [InlineData("/passengers/0", "/passengers/0")]
    public void ToSource_CrewListPointer_RowAndColumn(string documentPointer, string expected)
    {
        var source = CrewMap.ToSource(documentPointer);

        Assert.Equal(expected, source);
    }

    [Theory]
    [InlineData("/consignments/0/items/1/hsCode", "/rows/2/hsCode")]
    [InlineData("/consignments/1/items/0/packages/count", "/rows/1/packages.count")]
    [InlineData("/consignments/0/items/1/packages", "/rows/2")]
    [InlineData("/consignments/0/items/1", "/rows/2")]
    [InlineData("/consignments/1/consignee/eori", "/rows/1/consignee.eori")]
    [InlineData("/consignments/0/consignee/eori", "/rows/0/consignee.eori")]
    [InlineData("/consignments/1/consignee", "/rows/1")]
    [InlineData("/consignments/1/goodsStatus", "/rows/1")]
    [InlineData("/consignments/1/items", "/rows/1")]
    [InlineData("/consignments/1", "/rows/1")]
    [InlineData("/consignments", "/rows")]
    [InlineData("/issuer/name", "/rows/0/issuer.name")]
    [InlineData("/issuer", "/rows/0")]
    [InlineData("/issuerAuthorised", "/rows/0/issuerAuthorised")]
    [InlineData("/customsEndorsement/date", "/rows/0/customsEndorsement.date")]
    [InlineData("/consignments/2", "/consignments/2")]
    [InlineData("/consignments/1/items/1/hsCode", "/consignments/1/items/1/hsCode")]
    [InlineData("/vessel/name", "/vessel/name")]
    public void ToSource_ManifestPointer_RowOfTheValue(string documentPointer, string expected)
    {
        var source = ManifestMap.ToSource(documentPointer);

        Assert.Equal(expected, source);
    }

    [Fact]
    public void ToSource_ManifestValueFirstGivenOnLaterRow_ThatRow()
    {
        var csv = ManifestCsv.Table(
            ',',
            ManifestCsv.Columns,
            ManifestCsv.FirstRow.With("issuer.phone", ""),
            ManifestCsv.SecondBillRow,
            ManifestCsv.SecondItemRow.With("issuer.phone", "+37167000009"));
        var map = DocumentReader.Read(DocumentType.Manifest, DocumentFormat.Csv, csv).SourceMap;

        var source = map.ToSource("/issuer/phone");

        Assert.Equal("/rows/2/issuer.phone", source);
    }

    [Fact]
    public void ToSource_Report_MapsErrorsAndWarnings()
    {
        var report = new ValidationReport(
            [new Finding("/consignments/1/consignee/country", RuleIds.FormatCountry, "Not a country."), new Finding("", RuleIds.Required, "Empty.")],
            [new Finding("/consignments/0/items/1/hsCode", RuleIds.HsPartial, "Heading only.")]);

        var source = ManifestMap.ToSource(report);

        Assert.Equal(["/rows/1/consignee.country", ""], source.Errors.Select(error => error.Pointer));
        Assert.Equal(
            new Finding("/rows/2/hsCode", RuleIds.HsPartial, "Heading only."),
            Assert.Single(source.Warnings));
    }

    [Fact]
    public void ToSource_Identity_LeavesPointers()
    {
        var finding = new Finding("/crew/3/identityDocument/number", RuleIds.Required, "Missing.");

        var source = SourceMap.Identity.ToSource(finding);

        Assert.Same(finding, source);
    }

    [Fact]
    public void ToSource_ThousandsOfFindingsOnTenThousandRows_Quick()
    {
        var rows = Enumerable.Range(0, 10_000).Select(row => $"F{row},{row},AB");
        var map = DocumentReader.Read(DocumentType.Fal5, DocumentFormat.Csv, Utf8Bytes.Lines(["familyName,identityDocument.number,rankOrRating", .. rows])).SourceMap;
        var report = new ValidationReport([.. Enumerable.Range(0, 10_000).Select(row => new Finding($"/crew/{row}/identityDocument/number", RuleIds.Required, "x"))], []);
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var source = map.ToSource(report);

        clock.Stop();
        Assert.Equal("/rows/9999/identityDocument.number", source.Errors[^1].Pointer);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1), $"Mapping took {clock.Elapsed}.");
    }
}

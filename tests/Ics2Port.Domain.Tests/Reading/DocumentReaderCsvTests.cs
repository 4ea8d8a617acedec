namespace Ics2Port.Domain.Tests.Reading;

using System.Text;
using Ics2Port.Domain.Common;
using Ics2Port.Domain.CrewLists;
using Ics2Port.Domain.PassengerLists;
using Ics2Port.Domain.PortCalls;
using Ics2Port.Domain.Reading;

public sealed class DocumentReaderCsvTests
{
    private const string CrewHeader =
        "familyName,givenNames,nationality,dateOfBirth,placeOfBirth,gender,identityDocument.type,identityDocument.number,identityDocument.issuingState,identityDocument.expiryDate,rankOrRating";

    [Fact]
    public void Read_CrewListCsv_OneMemberPerRow()
    {
        var csv = Utf8Bytes.Lines(
            CrewHeader,
            "Ozols,Janis,LV,1971-03-02,Riga,M,passport,LV1234567,LV,2030-01-31,MASTER",
            "Berzina,Anna Marija,LV,1990-12-24,Liepaja,F,seafarer-id,S-998,LV,2028-06-30,AB");

        var result = DocumentReader.Read(DocumentType.Fal5, DocumentFormat.Csv, csv);

        ReadingAssert.SameAsJson(DocumentType.Fal5, """
            { "crew": [
              { "familyName": "Ozols", "givenNames": "Janis", "nationality": "LV", "dateOfBirth": "1971-03-02", "placeOfBirth": "Riga", "gender": "M",
                "identityDocument": { "type": "passport", "number": "LV1234567", "issuingState": "LV", "expiryDate": "2030-01-31" }, "rankOrRating": "MASTER" },
              { "familyName": "Berzina", "givenNames": "Anna Marija", "nationality": "LV", "dateOfBirth": "1990-12-24", "placeOfBirth": "Liepaja", "gender": "F",
                "identityDocument": { "type": "seafarer-id", "number": "S-998", "issuingState": "LV", "expiryDate": "2028-06-30" }, "rankOrRating": "AB" } ] }
            """, result.Document);
        Assert.Equal(2, result.RowCount);
    }

    [Fact]
    public void Read_PassengerListCsv_OnePassengerPerRow()
    {
        var csv = Utf8Bytes.Lines(
            "familyName,givenNames,nationality,dateOfBirth,placeOfBirth,gender,identityDocument.type,identityDocument.number,identityDocument.issuingState,identityDocument.expiryDate,portOfEmbarkation,portOfDisembarkation,transit,visaNumber",
            "Kalnina,Liga,LV,1985-05-05,Cesis,F,passport,LV7654321,LV,2031-02-28,SEGOT,LVRIX,FALSE,",
            "Smith,John,GB,1979-07-07,Leeds,M,passport,GB111,GB,2029-09-09,SEGOT,DEHAM,true,V-42");

        var result = DocumentReader.Read(DocumentType.Fal6, DocumentFormat.Csv, csv);

        ReadingAssert.SameAsJson(DocumentType.Fal6, """
            { "passengers": [
              { "familyName": "Kalnina", "givenNames": "Liga", "nationality": "LV", "dateOfBirth": "1985-05-05", "placeOfBirth": "Cesis", "gender": "F",
                "identityDocument": { "type": "passport", "number": "LV7654321", "issuingState": "LV", "expiryDate": "2031-02-28" },
                "portOfEmbarkation": "SEGOT", "portOfDisembarkation": "LVRIX", "transit": false },
              { "familyName": "Smith", "givenNames": "John", "nationality": "GB", "dateOfBirth": "1979-07-07", "placeOfBirth": "Leeds", "gender": "M",
                "identityDocument": { "type": "passport", "number": "GB111", "issuingState": "GB", "expiryDate": "2029-09-09" },
                "portOfEmbarkation": "SEGOT", "portOfDisembarkation": "DEHAM", "transit": true, "visaNumber": "V-42" } ] }
            """, result.Document);
    }

    [Fact]
    public void Read_SemicolonsAndPaddedHeader_ReadLikeCommas()
    {
        var csv = Utf8Bytes.Lines(" familyName ; givenNames ;rankOrRating", "Ozols;Janis, Jr.;MASTER");

        var result = DocumentReader.Read(DocumentType.Fal5, DocumentFormat.Csv, csv);

        var member = Assert.Single(Assert.IsType<CrewList>(result.Document).Crew!);
        Assert.Equal(("Ozols", "Janis, Jr.", "MASTER"), (member.FamilyName, member.GivenNames, member.RankOrRating));
    }

    [Fact]
    public void Read_QuotedFieldWithLineBreakAndQuotes_IsOneValue()
    {
        var csv = Utf8Bytes.Lines("familyName,placeOfBirth,rankOrRating", "Ozols,\"Riga,\nLatvia \"\"old town\"\"\",MASTER", "Berzina,Liepaja,AB");

        var result = DocumentReader.Read(DocumentType.Fal5, DocumentFormat.Csv, csv);

        var crew = Assert.IsType<CrewList>(result.Document).Crew!;
        Assert.Equal(["Riga,\nLatvia \"old town\"", "Liepaja"], crew.Select(member => member.PlaceOfBirth));
    }

    [Fact]
    public void Read_EmptyCellsAndMissingColumns_AreAbsent()
    {
        var csv = Utf8Bytes.Lines("familyName,givenNames,identityDocument.number,rankOrRating", "Ozols,  ,,MASTER");

        var result = DocumentReader.Read(DocumentType.Fal5, DocumentFormat.Csv, csv);

        var member = Assert.Single(Assert.IsType<CrewList>(result.Document).Crew!);
        Assert.Equal(("Ozols", null, null, null), (member.FamilyName, member.GivenNames, member.IdentityDocument, member.Nationality));
    }

    [Fact]
    public void Read_BlankLines_AreCountedButNotRead()
    {
        var csv = Utf8Bytes.Lines("familyName,rankOrRating", "Ozols,MASTER", "", ",", "Berzina,AB");

        var result = DocumentReader.Read(DocumentType.Fal5, DocumentFormat.Csv, csv);

        Assert.Equal(["Ozols", "Berzina"], Assert.IsType<CrewList>(result.Document).Crew!.Select(member => member.FamilyName));
        Assert.Equal("/rows/3/familyName", result.SourceMap.ToSource("/crew/1/familyName"));
        Assert.Equal(2, result.RowCount);
    }

    [Fact]
    public void Read_ByteOrderMark_IsNotPartOfTheFirstColumn()
    {
        var csv = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Utf8Bytes.Lines("familyName,rankOrRating", "Ozols,MASTER").ToArray()).ToArray();

        var result = DocumentReader.Read(DocumentType.Fal5, DocumentFormat.Csv, csv);

        Assert.Equal("Ozols", Assert.Single(Assert.IsType<CrewList>(result.Document).Crew!).FamilyName);
    }

    [Fact]
    public void Read_BadBoolean_FormatCsvAtCell()
    {
        var csv = Utf8Bytes.Lines("familyName,transit", "Kalnina,false", "Smith,yes");

        var result = DocumentReader.Read(DocumentType.Fal6, DocumentFormat.Csv, csv);

        var error = ReadingAssert.SingleError(result);
        Assert.Equal(("/rows/1/transit", RuleIds.FormatCsv), (error.Pointer, error.Rule));
        Assert.Equal("'yes' in transit is neither true nor false.", error.Message);
    }

    [Fact]
    public void Read_UnknownColumns_FormatCsvAtHeader()
    {
        var csv = Utf8Bytes.Lines("familyName,FamilyName,shoeSize,rankOrRating", "Ozols,Ozols,44,MASTER");

        var result = DocumentReader.Read(DocumentType.Fal5, DocumentFormat.Csv, csv);

        Assert.Equal(["/header/FamilyName", "/header/shoeSize"], result.Errors.Select(error => error.Pointer));
        Assert.All(result.Errors, error => Assert.Equal(RuleIds.FormatCsv, error.Rule));
        Assert.Equal("'FamilyName' is not a column of this document; did you mean 'familyName'?", result.Errors[0].Message);
        Assert.Null(result.Document);
    }

    [Fact]
    public void Read_RepeatedColumn_FormatCsvAtHeader()
    {
        var csv = Utf8Bytes.Lines("familyName,rankOrRating,familyName", "Ozols,MASTER,Ozola");

        var result = DocumentReader.Read(DocumentType.Fal5, DocumentFormat.Csv, csv);

        Assert.Equal("/header/familyName", ReadingAssert.SingleError(result).Pointer);
    }

    [Fact]
    public void Read_RowWithOtherFieldCount_FormatCsvAtRow()
    {
        var csv = Utf8Bytes.Lines("familyName,rankOrRating", "Ozols,MASTER", "Berzina,AB,extra", "Liepa");

        var result = DocumentReader.Read(DocumentType.Fal5, DocumentFormat.Csv, csv);

        Assert.Equal(["/rows/1", "/rows/2"], result.Errors.Select(error => error.Pointer));
        Assert.Equal("Row 1 (line 3) has 3 fields; the header has 2.", result.Errors[0].Message);
    }

    [Fact]
    public void Read_ValueUnderNamelessColumn_FormatCsvAtRow()
    {
        var csv = Utf8Bytes.Lines("familyName,,rankOrRating", "Ozols,,MASTER", "Berzina,x,AB");

        var result = DocumentReader.Read(DocumentType.Fal5, DocumentFormat.Csv, csv);

        Assert.Equal("/rows/1", ReadingAssert.SingleError(result).Pointer);
    }

    [Theory]
    [InlineData("familyName,rankOrRating\nOzols,\"MASTER\nBerzina,AB\n", "/rows/0")]
    [InlineData("familyName,rankOrRating\nOzols,MASTER\n\"Berzina\"x,AB\n", "/rows/1")]
    public void Read_BrokenQuoting_FormatCsvAtRow(string text, string pointer)
    {
        var result = DocumentReader.Read(DocumentType.Fal5, DocumentFormat.Csv, Utf8Bytes.Of(text));

        var error = Assert.Single(result.Errors, error => error.Pointer == pointer);
        Assert.Equal(RuleIds.FormatCsv, error.Rule);
    }

    [Fact]
    public void Read_ExcelSeparatorLine_NamesTheSeparator()
    {
        var csv = Utf8Bytes.Lines("sep=;", "familyName;givenNames;rankOrRating", "Ozols;Janis, Jr.;MASTER");

        var result = DocumentReader.Read(DocumentType.Fal5, DocumentFormat.Csv, csv);

        var member = Assert.Single(Assert.IsType<CrewList>(result.Document).Crew!);
        Assert.Equal(("Janis, Jr.", "/rows/0/givenNames"), (member.GivenNames, result.SourceMap.ToSource("/crew/0/givenNames")));
    }

    [Fact]
    public void Read_MoreErrorsThanListed_CountsTheRest()
    {
        var rows = Enumerable.Range(0, ReadErrors.DefaultLimit + 5).Select(_ => "Kalnina,maybe");
        var csv = Utf8Bytes.Lines(["familyName,transit", .. rows]);

        var result = DocumentReader.Read(DocumentType.Fal6, DocumentFormat.Csv, csv);

        Assert.Equal(ReadErrors.DefaultLimit + 1, result.Errors.Count);
        Assert.Equal(new Finding("", RuleIds.FormatCsv, "5 more errors are not listed."), result.Errors[^1]);
    }

    [Fact]
    public void Read_StrayQuoteInsideField_IsText()
    {
        var csv = Utf8Bytes.Lines("familyName,placeOfBirth,rankOrRating", "O'Neill,12\" Street,AB");

        var result = DocumentReader.Read(DocumentType.Fal5, DocumentFormat.Csv, csv);

        Assert.Equal("12\" Street", Assert.Single(Assert.IsType<CrewList>(result.Document).Crew!).PlaceOfBirth);
    }

    [Fact]
    public void Read_MoreRowsThanAllowed_FormatCsvTooManyRows()
    {
        var csv = Utf8Bytes.Lines("familyName", "A", "B", "C");

        var result = DocumentReader.Read(DocumentType.Fal5, DocumentFormat.Csv, csv, maxRows: 2);

        var error = ReadingAssert.SingleError(result);
        Assert.Equal(("/rows", "The file has more than 2 rows; send it in parts."), (error.Pointer, error.Message));
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n")]
    public void Read_NoHeader_FormatCsvAtRoot(string text)
    {
        var result = DocumentReader.Read(DocumentType.Fal5, DocumentFormat.Csv, Utf8Bytes.Of(text));

        Assert.Equal(("", RuleIds.FormatCsv), (ReadingAssert.SingleError(result).Pointer, ReadingAssert.SingleError(result).Rule));
    }

    [Fact]
    public void Read_HeaderOnly_GivesEmptyList()
    {
        var result = DocumentReader.Read(DocumentType.Fal6, DocumentFormat.Csv, Utf8Bytes.Lines("familyName,transit"));

        Assert.Empty(Assert.IsType<PassengerList>(result.Document).Passengers!);
        Assert.Equal(0, result.RowCount);
    }

    [Fact]
    public void Read_Windows1252Text_FormatCsvNotUtf8()
    {
        var csv = Encoding.Latin1.GetBytes("familyName,rankOrRating\nOzols,MASTER\nMüller,AB\n");

        var result = DocumentReader.Read(DocumentType.Fal5, DocumentFormat.Csv, csv);

        Assert.Equal("The file is not UTF-8 text (line 3); save it as \"CSV UTF-8\".", ReadingAssert.SingleError(result).Message);
    }
}

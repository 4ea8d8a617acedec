using Ics2Port.Domain.Reading;
using Ics2Port.Functions.Bulk;

namespace Ics2Port.Functions.Tests.Bulk;

public sealed class InboundFileTests
{
    [Theory]
    [InlineData("AG-BALTSHIP/pc-1/arrival/fal5.csv", "AG-BALTSHIP", "pc-1", "arrival", "fal5", false, DocumentFormat.Csv)]
    [InlineData("AG-BALTSHIP/pc-1/departure/manifest.XLSX", "AG-BALTSHIP", "pc-1", "departure", "manifest", false, DocumentFormat.Xlsx)]
    [InlineData("AG-1/pc-2/sideways/fal9.json", "AG-1", "pc-2", "sideways", "fal9", false, DocumentFormat.Json)]
    [InlineData("AG-1/pc-2/permits/unloading 12.json", "AG-1", "pc-2", "permits", "unloading 12", true, DocumentFormat.Json)]
    public void TryParse_FourSegmentsWithAKnownExtension_NamesAgentPortCallAndDocument(
        string blobName, string agentId, string portCallId, string direction, string type, bool isPermit, DocumentFormat format)
    {
        var parsed = InboundFile.TryParse(blobName, out var file);

        Assert.True(parsed);
        Assert.Equal((agentId, portCallId, direction, type, isPermit, format), (file!.AgentId, file.PortCallId, file.Direction, file.Type, file.IsPermit, file.Format));
    }

    [Theory]
    [InlineData("AG-1/pc-2/fal1.json")]
    [InlineData("AG-1/pc-2/arrival/extra/fal1.json")]
    [InlineData("ag-lower/pc-2/arrival/fal1.json")]
    [InlineData("A/pc-2/arrival/fal1.json")]
    [InlineData("AG-1//arrival/fal1.json")]
    [InlineData("AG-1/pc-2/arrival/fal1.txt")]
    [InlineData("AG-1/pc-2/arrival/.json")]
    [InlineData("AG-1/pc-2/permits/unloading.csv")]
    [InlineData("AG-1/pc-2/supplies/bunkers.json")]
    [InlineData("suppliers/SU-1/pc-2/supplies/bunkers.csv")]
    [InlineData("suppliers/su-lower/pc-2/supplies/bunkers.json")]
    [InlineData("suppliers/SU-1/pc-2/permits/bunkers.json")]
    [InlineData("suppliers/SU-1//supplies/bunkers.json")]
    public void TryParse_PathOutsideTheLayout_False(string blobName)
    {
        var parsed = InboundFile.TryParse(blobName, out _);

        Assert.False(parsed);
    }

    [Fact]
    public void TryParse_SuppliersFile_NamesTheSupplierAsFiler()
    {
        var parsed = InboundFile.TryParse("suppliers/SU-CHANDLER/pc-2/supplies/bunkers 2611.json", out var file);

        Assert.True(parsed);
        Assert.Equal(("supplier:SU-CHANDLER", null, "pc-2", true, false), (file!.Filer.ToString(), file.AgentId, file.PortCallId, file.IsSupply, file.IsPermit));
    }
}

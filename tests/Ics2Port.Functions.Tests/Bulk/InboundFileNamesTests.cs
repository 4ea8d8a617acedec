using Ics2Port.Functions.Bulk;

namespace Ics2Port.Functions.Tests.Bulk;

public sealed class InboundFileNamesTests
{
    [Theory]
    [InlineData("AG-1/pc-2/arrival/fal5.csv")]
    [InlineData("AG-1/pc-2/permits/unloading 12.json")]
    [InlineData("AG-1/pc-2/arrival/..fal5.csv")]
    public void Check_OrdinaryName_Null(string name) => Assert.Null(InboundFileNames.Check(name));

    [Theory]
    [InlineData("AG-1/pc-2/../AG-2/pc-3/arrival/fal5.csv")]
    [InlineData("AG-1/./pc-2/arrival/fal5.csv")]
    [InlineData("AG-1//arrival/fal5.csv")]
    [InlineData("/AG-1/pc-2/arrival/fal5.csv")]
    [InlineData("AG-1/pc-2/arrival/")]
    public void Check_EmptyOrDotSegment_RefusedAndNotAddressable(string name)
    {
        var hostile = InboundFileNames.Check(name);

        Assert.Equal(false, hostile?.Addressable);
        Assert.Contains("'..' segment", hostile!.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("AG-1/pc-2/arrival/fal5\n.csv", "U+000A")]
    [InlineData("AG-1/pc-2\r/arrival/fal5.csv", "U+000D")]
    [InlineData("AG-1/pc-2/arrival/fal5\u2028.csv", "U+2028")]
    public void Check_ControlCharacter_RefusedNamingItAndAddressable(string name, string character)
    {
        var hostile = InboundFileNames.Check(name);

        Assert.Equal(true, hostile?.Addressable);
        Assert.Contains(character, hostile!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_SegmentLongerThanAFileName_Refused()
    {
        var hostile = InboundFileNames.Check($"AG-1/pc-2/arrival/{new string('f', InboundFileNames.MaxSegmentLength + 1)}.csv");

        Assert.Equal((true, "A segment of the name has 260 characters; at most 255 are allowed."), (hostile?.Addressable, hostile?.Reason));
    }

    [Fact]
    public void QuarantineName_NamesWithControlCharacters_OneSafeSegmentEach()
    {
        var (a, b) = (InboundFileNames.QuarantineName("AG-1/a\n.csv"), InboundFileNames.QuarantineName("AG-1/b\n.csv"));

        Assert.NotEqual(a, b);
        Assert.All([a, b], name => Assert.Matches("^refused-names/[0-9a-f]{64}$", name));
    }
}

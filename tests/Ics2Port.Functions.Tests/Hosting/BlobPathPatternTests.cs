using Ics2Port.Functions.Hosting;

namespace Ics2Port.Functions.Tests.Hosting;

public sealed class BlobPathPatternTests
{
    [Fact]
    public void Match_NameVariable_CapturesAcrossSlashes()
    {
        var pattern = BlobPathPattern.Parse("inbound/{name}");

        var variables = pattern.Match("AG-X/pc-1/arrival/fal5.csv");

        Assert.Equal("AG-X/pc-1/arrival/fal5.csv", variables?["name"]);
    }

    [Fact]
    public void Match_SeveralVariables_CapturesLikeTheHostRegex()
    {
        // The host builds ^(?<agent>.*)/(?<name>.*)\.(?<ext>.*)$ (BindingTemplateToken.BuildCapturePattern): greedy from the left.
        var pattern = BlobPathPattern.Parse("inbound/{agent}/{name}.{ext}");

        var variables = pattern.Match("AG-X/pc-1/fal5.v2.csv");

        Assert.Equal(("AG-X/pc-1", "fal5.v2", "csv"), (variables?["agent"], variables?["name"], variables?["ext"]));
    }

    [Theory]
    [InlineData("inbound/{name}.json", "a/b.csv")]
    [InlineData("inbound/AG-X/{name}", "AG-Y/a.json")]
    public void Match_OtherName_GivesNull(string path, string blobName)
    {
        var pattern = BlobPathPattern.Parse(path);

        var variables = pattern.Match(blobName);

        Assert.Null(variables);
    }

    [Fact]
    public void Parse_EscapedBraces_MatchesThemLiterally()
    {
        var pattern = BlobPathPattern.Parse("inbound/{{fixed}}/{name}");

        var variables = pattern.Match("{fixed}/a.csv");

        Assert.Equal(("{fixed}/", "a.csv"), (pattern.Prefix, variables?["name"]));
    }

    [Fact]
    public void Parse_LiteralStart_GivesContainerAndListingPrefix()
    {
        var pattern = BlobPathPattern.Parse("fallback-inbox/mail/{name}.json");

        Assert.Equal(("fallback-inbox", "mail/"), (pattern.Container, pattern.Prefix));
    }

    [Theory]
    [InlineData("inbound/{*path}")]
    [InlineData("inbound/{rand-guid}")]
    [InlineData("inbound/{a}{b}")]
    [InlineData("inbound/{name}/{name}")]
    [InlineData("inbound/{name")]
    [InlineData("inbound/name}")]
    [InlineData("{container}/{name}")]
    [InlineData("inbound")]
    [InlineData("inbound/")]
    [InlineData("In_Bound/{name}")]
    public void Parse_PathTheHostRejects_ThrowsFormatException(string path)
    {
        var parse = () => BlobPathPattern.Parse(path);

        Assert.Throws<FormatException>(parse);
    }

    [Fact]
    public void Format_AllVariablesGiven_RebuildsTheName()
    {
        var pattern = BlobPathPattern.Parse("inbound/{agent}/{name}");

        var name = pattern.Format(new Dictionary<string, string> { ["agent"] = "AG-X", ["name"] = "pc-1/fal1.json" });

        Assert.Equal("AG-X/pc-1/fal1.json", name);
    }

    [Fact]
    public void Format_VariableMissing_GivesNull()
    {
        var pattern = BlobPathPattern.Parse("inbound/{agent}/{name}");

        var name = pattern.Format(new Dictionary<string, string> { ["agent"] = "AG-X" });

        Assert.Null(name);
    }
}

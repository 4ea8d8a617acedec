namespace Ics2Port.Domain.Tests.Common;

using Ics2Port.Domain.Common;

public sealed class JsonPointerTests
{
    [Theory]
    [InlineData(null, "")]
    [InlineData("", "")]
    [InlineData("Issuer", "/issuer")]
    [InlineData("Consignments[2].Consignee.Eori", "/consignments/2/consignee/eori")]
    [InlineData("Consignments[12].Items[0].Packages.Count", "/consignments/12/items/0/packages/count")]
    [InlineData("Matrix[1][2].Value", "/matrix/1/2/value")]
    [InlineData("alreadyCamel.X", "/alreadyCamel/x")]
    [InlineData("Émile", "/émile")]
    [InlineData("A~b/c.D", "/a~0b~1c/d")]
    public void FromPropertyPath_GivesPointerIntoCamelCaseDocument(string? propertyPath, string expected) =>
        Assert.Equal(expected, JsonPointer.FromPropertyPath(propertyPath));


    [Fact]
    public void FromPropertyPath_LongPath_Whole()
    {
        var name = new string('~', 300);

        Assert.Equal("/" + name.Replace("~", "~0", StringComparison.Ordinal) + "/b/1", JsonPointer.FromPropertyPath(name + ".B[1]"));
    }
}

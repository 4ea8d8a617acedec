namespace Ics2Port.Storage.Tests.Configuration;

public sealed class StorageEndpointsTests
{
    [Fact]
    public void Parse_UseDevelopmentStorage_ReturnsEmulatorDefaults()
    {
        var endpoints = StorageEndpoints.Parse("UseDevelopmentStorage=true");

        Assert.Equal(new Uri("http://127.0.0.1:10000/devstoreaccount1"), endpoints.BlobEndpoint);
        Assert.Equal(new Uri("http://127.0.0.1:10002/devstoreaccount1"), endpoints.TableEndpoint);
        Assert.Equal("devstoreaccount1", endpoints.AccountName);
    }

    [Fact]
    public void Parse_AccountNameWithProtocolAndSuffix_BuildsServiceEndpoints()
    {
        var endpoints = StorageEndpoints.Parse(
            "DefaultEndpointsProtocol=https;AccountName=ics2port;AccountKey=a2V5;EndpointSuffix=core.chinacloudapi.cn");

        Assert.Equal(new Uri("https://ics2port.blob.core.chinacloudapi.cn/"), endpoints.BlobEndpoint);
        Assert.Equal(new Uri("https://ics2port.table.core.chinacloudapi.cn/"), endpoints.TableEndpoint);
        Assert.Equal("ics2port", endpoints.AccountName);
    }

    [Fact]
    public void Parse_AccountNameOnly_DefaultsToHttpsAndPublicCloud()
    {
        var endpoints = StorageEndpoints.Parse("AccountName=ics2port");

        Assert.Equal(new Uri("https://ics2port.blob.core.windows.net/"), endpoints.BlobEndpoint);
        Assert.Equal(new Uri("https://ics2port.table.core.windows.net/"), endpoints.TableEndpoint);
    }

    [Fact]
    public void Parse_ExplicitEndpoints_WinOverAccountName()
    {
        var endpoints = StorageEndpoints.Parse(
            "accountname=devstoreaccount1; accountkey=a2V5==; BlobEndpoint=http://127.0.0.1:40001/devstoreaccount1; TableEndpoint=http://127.0.0.1:40002/devstoreaccount1;");

        Assert.Equal(new Uri("http://127.0.0.1:40001/devstoreaccount1"), endpoints.BlobEndpoint);
        Assert.Equal(new Uri("http://127.0.0.1:40002/devstoreaccount1"), endpoints.TableEndpoint);
        Assert.Equal("devstoreaccount1", endpoints.AccountName);
    }

    [Theory]
    [InlineData("BlobEndpoint=http://127.0.0.1:1/devacct;TableEndpoint=http://127.0.0.1:2/devacct", "devacct")]
    [InlineData("BlobEndpoint=https://ics2port.blob.core.windows.net/;TableEndpoint=https://ics2port.table.core.windows.net/", "ics2port")]
    public void Parse_EndpointsWithoutAccountName_TakesNameFromEndpoint(string connectionString, string accountName)
    {
        var endpoints = StorageEndpoints.Parse(connectionString);

        Assert.Equal(accountName, endpoints.AccountName);
    }

    [Theory]
    [InlineData("AccountKey=a2V5")]
    [InlineData("BlobEndpoint=http://127.0.0.1:1/a")]
    [InlineData("AccountName")]
    [InlineData("BlobEndpoint=not a uri;TableEndpoint=x;AccountName=a")]
    public void Parse_Incomplete_ThrowsFormatException(string connectionString)
    {
        Assert.Throws<FormatException>(() => StorageEndpoints.Parse(connectionString));
    }

    [Fact]
    public void Parse_MalformedSegment_DoesNotEchoTheKey()
    {
        var e = Assert.Throws<FormatException>(() => StorageEndpoints.Parse("AccountName=a;SuperSecretKeyMaterialWithoutEquals"));

        Assert.DoesNotContain("WithoutEquals", e.Message, StringComparison.Ordinal);
    }
}

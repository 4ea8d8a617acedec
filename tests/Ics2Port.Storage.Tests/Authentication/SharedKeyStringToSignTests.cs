using Azure.Core;
using Azure.Core.Pipeline;

namespace Ics2Port.Storage.Tests.Authentication;

public sealed class SharedKeyStringToSignTests
{
    private const string Date = "Fri, 26 Jun 2015 23:39:12 GMT";

    [Fact]
    public void ForBlob_DocumentedGetContainerMetadata_MatchesDocumentedString()
    {
        var request = NewRequest(RequestMethod.Get, "https://myaccount.blob.core.windows.net/mycontainer?restype=container&comp=metadata&timeout=20");
        request.Headers.SetValue("x-ms-date", Date);
        request.Headers.SetValue("x-ms-version", "2015-02-21");

        var stringToSign = SharedKeyStringToSign.ForBlob(request, "myaccount");

        Assert.Equal(
            "GET\n\n\n\n\n\n\n\n\n\n\n\nx-ms-date:Fri, 26 Jun 2015 23:39:12 GMT\nx-ms-version:2015-02-21\n/myaccount/mycontainer\ncomp:metadata\nrestype:container\ntimeout:20",
            stringToSign);
    }

    [Fact]
    public void ForBlob_PathStylePutWithConditionsAndEscapedName_SignsDoubledAccountAndEscapedPath()
    {
        var request = NewRequest(RequestMethod.Put, "http://127.0.0.1:10000/devstoreaccount1/c/a%20b/%C3%A9.txt");
        request.Headers.SetValue("x-ms-version", "2021-12-02");
        request.Headers.SetValue("x-ms-date", Date);
        request.Headers.SetValue("x-ms-blob-type", "BlockBlob");
        request.Headers.SetValue("x-ms-meta-a1", "2");
        request.Headers.SetValue("x-ms-meta-a_b", "1");
        request.Headers.SetValue("Content-Type", "text/plain");
        request.Headers.SetValue("If-None-Match", "*");
        request.Content = RequestContent.Create(BinaryData.FromString("hello world"));

        var stringToSign = SharedKeyStringToSign.ForBlob(request, "devstoreaccount1");

        Assert.Equal(
            "PUT\n\n\n11\n\ntext/plain\n\n\n\n*\n\n\n"
            + "x-ms-blob-type:BlockBlob\nx-ms-date:Fri, 26 Jun 2015 23:39:12 GMT\nx-ms-meta-a_b:1\nx-ms-meta-a1:2\nx-ms-version:2021-12-02\n"
            + "/devstoreaccount1/devstoreaccount1/c/a%20b/%C3%A9.txt",
            stringToSign);
    }

    [Fact]
    public void ForBlob_EmptyBody_SignsContentLengthAsEmpty()
    {
        var request = NewRequest(RequestMethod.Put, "http://127.0.0.1:10000/devstoreaccount1/c?restype=container");
        request.Headers.SetValue("x-ms-date", Date);
        request.Content = RequestContent.Create(BinaryData.Empty);

        var stringToSign = SharedKeyStringToSign.ForBlob(request, "devstoreaccount1");

        Assert.StartsWith("PUT\n\n\n\n", stringToSign, StringComparison.Ordinal);
        Assert.EndsWith("/devstoreaccount1/devstoreaccount1/c\nrestype:container", stringToSign, StringComparison.Ordinal);
    }

    [Fact]
    public void ForBlob_EscapedQueryValue_SignsDecodedValue()
    {
        var request = NewRequest(RequestMethod.Get, "http://h/acct/c?restype=container&comp=list&prefix=in%2F2025%2F&marker=a%20b");

        var stringToSign = SharedKeyStringToSign.ForBlob(request, "acct");

        Assert.EndsWith("/acct/acct/c\ncomp:list\nmarker:a b\nprefix:in/2025/\nrestype:container", stringToSign, StringComparison.Ordinal);
    }

    [Fact]
    public void ForTableLite_QueryWithFilter_SignsDateAndPathOnly()
    {
        var request = NewRequest(RequestMethod.Get, "http://127.0.0.1:10002/devstoreaccount1/t1()?$filter=PartitionKey%20eq%20%27a%27&$top=5");
        request.Headers.SetValue("x-ms-date", Date);

        var stringToSign = SharedKeyStringToSign.ForTableLite(request, "devstoreaccount1");

        Assert.Equal(Date + "\n/devstoreaccount1/devstoreaccount1/t1()", stringToSign);
    }

    [Fact]
    public void ForTableLite_CompParameter_IsKept()
    {
        var request = NewRequest(RequestMethod.Get, "https://acct.table.core.windows.net/t1?comp=acl&timeout=5");
        request.Headers.SetValue("x-ms-date", Date);

        var stringToSign = SharedKeyStringToSign.ForTableLite(request, "acct");

        Assert.Equal(Date + "\n/acct/t1?comp=acl", stringToSign);
    }

    [Theory]
    [InlineData("GET\n\n\n\n\n\n\n\n\n\n\n\nx-ms-date:Fri, 26 Jun 2015 23:39:12 GMT\nx-ms-version:2015-02-21\n/myaccount/mycontainer\ncomp:metadata\nrestype:container\ntimeout:20",
        "1u9lui2jDxj0+fpbHjQ5m5NnastJRSYM+PSmfi8TXx4=")]
    [InlineData("Fri, 26 Jun 2015 23:39:12 GMT\n/devstoreaccount1/devstoreaccount1/Tables",
        "VuaBO8Q8Lunn8jBU8fntlFomiNq5rTcfxYB1f9a0Mb8=")]
    public void Sign_WellKnownDevelopmentKey_MatchesIndependentHmac(string stringToSign, string expected)
    {
        var credential = new StorageSharedKeyCredential("devstoreaccount1", StorageConnectionString.DevelopmentAccountKey);

        var signature = credential.Sign(stringToSign);

        Assert.Equal(expected, signature);
    }

    [Fact]
    public void CanonicalHeaderNameComparer_MetadataNames_SortsLikeIcu()
    {
        var names = new List<string> { "x-ms-meta-ab", "x-ms-meta-a1", "x-ms-meta-a-b", "x-ms-meta-a_b", "x-ms-meta-a", "x-ms-meta-b", "x-ms-meta-a_" };

        names.Sort(CanonicalHeaderNameComparer.Instance);

        Assert.Equal(["x-ms-meta-a", "x-ms-meta-a_", "x-ms-meta-a_b", "x-ms-meta-a-b", "x-ms-meta-a1", "x-ms-meta-ab", "x-ms-meta-b"], names);
    }

    private static Request NewRequest(RequestMethod method, string uri)
    {
        var request = HttpPipelineBuilder.Build(new StorageClientOptions()).CreateRequest();
        request.Method = method;
        request.Uri.Reset(new Uri(uri));
        return request;
    }
}

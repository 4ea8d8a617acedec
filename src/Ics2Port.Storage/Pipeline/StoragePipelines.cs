using Azure.Core;
using Azure.Core.Pipeline;

namespace Ics2Port.Storage;

/// <summary>Builds the one pipeline per service: version and date stamping, then authentication.</summary>
internal static class StoragePipelines
{
    public const string BlobServiceVersion = "2021-12-02";
    public const string TableServiceVersion = "2019-02-02";
    public const string TokenScope = "https://storage.azure.com/.default";

    public static HttpPipeline Blob(StorageClientOptions options, StorageSharedKeyCredential credential) =>
        HttpPipelineBuilder.Build(options, Headers(BlobServiceVersion), new BlobSharedKeyPolicy(credential));

    public static HttpPipeline Table(StorageClientOptions options, StorageSharedKeyCredential credential) =>
        HttpPipelineBuilder.Build(options, Headers(TableServiceVersion), new TableSharedKeyLitePolicy(credential));

    public static HttpPipeline Blob(StorageClientOptions options, TokenCredential credential) =>
        HttpPipelineBuilder.Build(options, Headers(BlobServiceVersion), Bearer(credential));

    public static HttpPipeline Table(StorageClientOptions options, TokenCredential credential) =>
        HttpPipelineBuilder.Build(options, Headers(TableServiceVersion), Bearer(credential));

    private static StorageHeadersPolicy Headers(string version) => new(version, TimeProvider.System);

    private static BearerTokenAuthenticationPolicy Bearer(TokenCredential credential) => new(credential, TokenScope);
}

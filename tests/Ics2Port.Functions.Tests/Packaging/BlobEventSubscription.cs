using System.Web;

namespace Ics2Port.Functions.Tests.Packaging;

/// <summary>One Event Grid subscription of a blob function as the template deploys it.</summary>
internal sealed record BlobEventSubscription(string EndpointUrl, string SubjectBeginsWith)
{
    private const string ContainersSubject = "/blobServices/default/containers/";

    /// <summary>The function the blob extension's webhook invokes: <c>Host.Functions.&lt;Name&gt;</c>.</summary>
    public string? WebhookFunction => HttpUtility.ParseQueryString(new Uri(EndpointUrl).Query)["functionName"];

    public string WebhookPath => new Uri(EndpointUrl).AbsolutePath;

    /// <summary>The container the subject filter lets through; empty when the filter names none.</summary>
    public string Container =>
        SubjectBeginsWith.StartsWith(ContainersSubject, StringComparison.Ordinal)
            ? SubjectBeginsWith[ContainersSubject.Length..].TrimEnd('/')
            : string.Empty;
}

using Azure.Core;
using Azure.Core.Pipeline;

namespace Ics2Port.Storage;

/// <summary>Signs each attempt of a Blob request with Shared Key.</summary>
internal sealed class BlobSharedKeyPolicy(StorageSharedKeyCredential credential) : HttpPipelineSynchronousPolicy
{
    public override void OnSendingRequest(HttpMessage message)
    {
        var signature = credential.Sign(SharedKeyStringToSign.ForBlob(message.Request, credential.AccountName));
        message.Request.Headers.SetValue("Authorization", $"SharedKey {credential.AccountName}:{signature}");
    }
}

using Azure.Core;
using Azure.Core.Pipeline;

namespace Ics2Port.Storage;

/// <summary>Signs each attempt of a Table request with Shared Key Lite, as Azure.Data.Tables does.</summary>
internal sealed class TableSharedKeyLitePolicy(StorageSharedKeyCredential credential) : HttpPipelineSynchronousPolicy
{
    public override void OnSendingRequest(HttpMessage message)
    {
        var signature = credential.Sign(SharedKeyStringToSign.ForTableLite(message.Request, credential.AccountName));
        message.Request.Headers.SetValue("Authorization", $"SharedKeyLite {credential.AccountName}:{signature}");
    }
}

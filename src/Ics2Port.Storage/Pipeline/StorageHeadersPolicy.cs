using System.Globalization;
using Azure.Core;
using Azure.Core.Pipeline;

namespace Ics2Port.Storage;

/// <summary>
/// Stamps every attempt with the service version and a fresh <c>x-ms-date</c>, so a retried
/// request is signed with a current time.
/// </summary>
internal sealed class StorageHeadersPolicy(string serviceVersion, TimeProvider timeProvider) : HttpPipelineSynchronousPolicy
{
    public override void OnSendingRequest(HttpMessage message)
    {
        message.Request.Headers.SetValue("x-ms-version", serviceVersion);
        message.Request.Headers.SetValue(
            "x-ms-date",
            timeProvider.GetUtcNow().ToString("r", CultureInfo.InvariantCulture));
    }
}

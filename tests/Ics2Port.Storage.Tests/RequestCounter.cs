using Azure.Core;
using Azure.Core.Pipeline;

namespace Ics2Port.Storage.Tests;

/// <summary>Counts requests per HTTP method, to see how many pages a listing took.</summary>
internal sealed class RequestCounter : HttpPipelineSynchronousPolicy
{
    private int _gets;

    public int Gets => _gets;

    public override void OnSendingRequest(HttpMessage message)
    {
        if (message.Request.Method == RequestMethod.Get)
        {
            Interlocked.Increment(ref _gets);
        }
    }
}

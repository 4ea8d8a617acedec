namespace Ics2Port.Functions.Problems;

using System.Net.Sockets;
using Azure;
using Ics2Port.Storage.Layout;

/// <summary>Which failures mean "storage is unavailable right now" (503, retry) rather than a bug (500).</summary>
public static class StorageFaults
{
    public static bool IsUnavailable(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            var transient = current switch
            {
                // Status 0: no answer at all (connection refused or reset) after the client's retries.
                RequestFailedException failed => failed.Status is 0 or 408 or 429 or >= 500,
                HttpRequestException or SocketException or TimeoutException or StoreContentionException => true,
                _ => false,
            };
            if (transient)
            {
                return true;
            }
        }

        return false;
    }
}

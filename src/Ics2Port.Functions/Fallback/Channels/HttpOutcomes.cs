namespace Ics2Port.Functions.Fallback.Channels;

using System.Net;

/// <summary>One mapping from an HTTP peer's answer or failure to a <see cref="ChannelOutcome"/>, shared by the HTTP channels.</summary>
internal static class HttpOutcomes
{
    private const int MaxMessageLength = 500;

    /// <summary>5xx, 408 and 429 are the peer's trouble and may pass; any other 4xx refuses this request.</summary>
    public static bool IsTransient(HttpStatusCode status) =>
        (int)status >= 500 || status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests;

    public static async Task<ChannelOutcome> FailureAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        var message = $"{(int)response.StatusCode} {response.ReasonPhrase}: {Shorten(body)}";
        return IsTransient(response.StatusCode)
            ? ChannelOutcome.Unavailable(message, (int)response.StatusCode)
            : ChannelOutcome.Rejected(message, (int)response.StatusCode);
    }

    /// <summary>
    /// Sends with a per-request time limit; a refused connection or the limit becomes <see cref="ChannelOutcomeKind.Unavailable"/>,
    /// while the caller's own cancellation still throws.
    /// </summary>
    public static async Task<ChannelOutcome> SendAsync(
        HttpClient httpClient,
        HttpRequestMessage request,
        TimeSpan timeout,
        Func<HttpResponseMessage, CancellationToken, Task<ChannelOutcome>> onResponse,
        CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        try
        {
            using var response = await httpClient.SendAsync(request, HttpCompletionOption.ResponseContentRead, limit.Token).ConfigureAwait(false);
            return await onResponse(response, limit.Token).ConfigureAwait(false);
        }
        catch (HttpRequestException e)
        {
            return ChannelOutcome.Unavailable($"{request.Method} {request.RequestUri}: {e.Message}");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return ChannelOutcome.Unavailable($"{request.Method} {request.RequestUri}: no answer within {timeout.TotalSeconds:0.#} s.");
        }
    }

    /// <summary>The base URL with the relative path appended, whether or not the base ends in a slash.</summary>
    public static Uri Combine(Uri baseUrl, string relativePath) =>
        new(baseUrl.AbsoluteUri.TrimEnd('/') + "/" + relativePath.TrimStart('/'));

    private static string Shorten(string text) =>
        text.Length <= MaxMessageLength ? text : string.Concat(text.AsSpan(0, MaxMessageLength), "…");
}

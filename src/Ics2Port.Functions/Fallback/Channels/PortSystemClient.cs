namespace Ics2Port.Functions.Fallback.Channels;

using System.Net.Http.Headers;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;

/// <summary>
/// Passes documents to the port system: <c>PUT {baseUrl}/documents/{documentId}/versions/{version}</c>.
/// The same id and version with the same bytes may be sent any number of times (the port system answers 200 again);
/// different bytes under the same id and version are refused (409).
/// </summary>
public sealed class PortSystemClient
{
    private const int MaxAnswerLength = 64 * 1024;

    private readonly HttpClient _httpClient;
    private readonly PortSystemOptions _options;
    private readonly Uri _baseUrl;

    public PortSystemClient(HttpClient httpClient, IOptions<PortSystemOptions> options)
    {
        _httpClient = httpClient;
        _options = options.Value;
        _baseUrl = _options.BaseUrl ?? throw new InvalidOperationException($"{PortSystemOptions.SectionName}:BaseUrl is not configured.");
    }

    /// <summary>Delivers one document version; Succeeded, Unavailable (5xx, timeout, refused) or Rejected (4xx).</summary>
    public Task<ChannelOutcome> DeliverAsync(PortSystemDelivery delivery, CancellationToken cancellationToken = default) =>
        DeliverAsync(delivery, _options.RequestTimeout, cancellationToken);

    /// <summary>Delivers one document version, waiting at most <paramref name="timeout"/> before counting the port system unavailable.</summary>
    public async Task<ChannelOutcome> DeliverAsync(PortSystemDelivery delivery, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        var path = $"documents/{Uri.EscapeDataString(delivery.DocumentId)}/versions/{delivery.Version}";
        using var request = new HttpRequestMessage(HttpMethod.Put, HttpOutcomes.Combine(_baseUrl, path))
        {
            Content = new ReadOnlyMemoryContent(delivery.Content),
        };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(delivery.ContentType);
        request.Headers.Add(PortSystemHeaders.PortCallId, delivery.PortCallId);
        request.Headers.Add(PortSystemHeaders.DocumentType, delivery.DocumentType);
        if (delivery.Direction is { } direction)
        {
            request.Headers.Add(PortSystemHeaders.Direction, direction);
        }

        request.Headers.Add(PortSystemHeaders.ContentSha256, Convert.ToHexStringLower(SHA256.HashData(delivery.Content.Span)));
        return await HttpOutcomes.SendAsync(_httpClient, request, timeout, OnResponseAsync, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>True when the port system answers its status endpoint (<c>GET {baseUrl}/status</c>) with success.</summary>
    public async Task<bool> ProbeAsync(CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, HttpOutcomes.Combine(_baseUrl, "status"));
        var outcome = await HttpOutcomes.SendAsync(_httpClient, request, _options.RequestTimeout, OnResponseAsync, cancellationToken).ConfigureAwait(false);
        return outcome.Succeeded;
    }

    private static async Task<ChannelOutcome> OnResponseAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            return await HttpOutcomes.FailureAsync(response, cancellationToken).ConfigureAwait(false);
        }

        // The answer may carry a decision (a permit); an answer too long to be one is not kept.
        var answer = response.Content.Headers.ContentLength is null or <= MaxAnswerLength
            ? await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false)
            : null;
        return ChannelOutcome.Delivered((int)response.StatusCode, answer is { Length: > 0 and <= MaxAnswerLength } ? answer : null);
    }
}

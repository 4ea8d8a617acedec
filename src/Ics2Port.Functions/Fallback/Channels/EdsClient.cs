namespace Ics2Port.Functions.Fallback.Channels;

using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Options;

/// <summary>
/// Sends letters to VID through the Electronic Declaration System (FB-1-EDS): <c>POST {baseUrl}/correspondence/letters</c>
/// with an idempotency key, so a retried letter is not filed twice.
/// </summary>
public sealed class EdsClient
{
    public const string IdempotencyKeyHeader = "Idempotency-Key";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly HttpClient _httpClient;
    private readonly EdsOptions _options;
    private readonly Uri _baseUrl;

    public EdsClient(HttpClient httpClient, IOptions<EdsOptions> options)
    {
        _httpClient = httpClient;
        _options = options.Value;
        _baseUrl = _options.BaseUrl ?? throw new InvalidOperationException($"{EdsOptions.SectionName}:BaseUrl is not configured.");
    }

    /// <summary>Sends the letter; Succeeded with the EDS letter id as reference, Unavailable (5xx, timeout, refused) or Rejected (4xx).</summary>
    public async Task<ChannelOutcome> SendLetterAsync(EdsLetter letter, CancellationToken cancellationToken = default)
    {
        var body = new LetterRequest(
            letter.Category,
            letter.Subject,
            letter.Body,
            [.. letter.Attachments.Select(file => new AttachmentRequest(file.FileName, file.ContentType, Convert.ToBase64String(file.Content.Span)))],
            letter.IdempotencyKey);
        using var request = new HttpRequestMessage(HttpMethod.Post, HttpOutcomes.Combine(_baseUrl, "correspondence/letters"))
        {
            Content = JsonContent.Create(body, options: Json),
        };
        request.Headers.Add(IdempotencyKeyHeader, letter.IdempotencyKey);
        return await HttpOutcomes.SendAsync(_httpClient, request, _options.RequestTimeout, OnResponseAsync, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>True when the EDS answers its status endpoint (<c>GET {baseUrl}/status</c>) with success.</summary>
    public async Task<bool> ProbeAsync(CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, HttpOutcomes.Combine(_baseUrl, "status"));
        var outcome = await HttpOutcomes.SendAsync(
            _httpClient,
            request,
            _options.RequestTimeout,
            async (response, token) => response.IsSuccessStatusCode ? ChannelOutcome.Delivered() : await HttpOutcomes.FailureAsync(response, token).ConfigureAwait(false),
            cancellationToken).ConfigureAwait(false);
        return outcome.Succeeded;
    }

    private static async Task<ChannelOutcome> OnResponseAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            return await HttpOutcomes.FailureAsync(response, cancellationToken).ConfigureAwait(false);
        }

        LetterResponse? answer;
        try
        {
            answer = await response.Content.ReadFromJsonAsync<LetterResponse>(Json, cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException)
        {
            answer = null;
        }

        // Without an id the letter's fate is unknown; the same idempotency key makes sending again safe.
        return string.IsNullOrEmpty(answer?.LetterId)
            ? ChannelOutcome.Unavailable("The EDS answered without a letter id.", (int)response.StatusCode)
            : ChannelOutcome.Sent(answer.LetterId, (int)response.StatusCode);
    }

    private sealed record LetterRequest(string Category, string Subject, string Body, IReadOnlyList<AttachmentRequest> Attachments, string IdempotencyKey);

    private sealed record AttachmentRequest(string FileName, string ContentType, string ContentBase64);

    private sealed record LetterResponse(string? LetterId);
}

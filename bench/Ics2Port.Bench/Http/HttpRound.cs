namespace Ics2Port.Bench.Http;

using System.Globalization;
using System.Net;
using Azure.Storage.Blobs;
using Ics2Port.Bench.Load;

/// <summary>
/// One round with the same workers: the framework baseline (GET /), the storage baseline (raw puts of the
/// round's bodies), then the document PUTs; back to back, so load from elsewhere on the machine hits all three.
/// </summary>
internal sealed class HttpRound(HttpClient client, BlobContainerClient raw, int workers, TimeSpan timeLimit)
{
    public const string RawContainer = "benchrawputs";

    public async Task<HttpRoundResult> RunAsync(string round, int operations, CancellationToken cancellationToken)
    {
        var plan = await SubmissionPlan.CreateAsync(client, round, workers, operations, timeLimit, cancellationToken);

        var get = await LoadGenerator.RunAsync(workers, operations, timeLimit, async (_, _, token) =>
        {
            using var response = await client.GetAsync(new Uri("/", UriKind.Relative), token);
            return response.StatusCode == HttpStatusCode.OK ? null : $"GET / answered {(int)response.StatusCode}";
        }, cancellationToken);

        var put = await LoadGenerator.RunAsync(workers, operations, timeLimit, async (worker, index, token) =>
        {
            var name = string.Create(CultureInfo.InvariantCulture, $"{round}/{worker}/{index}");
            await raw.GetBlobClient(name).UploadAsync(BinaryData.FromBytes(plan.BodyOf(worker, index)), overwrite: false, token);
            return null;
        }, cancellationToken);

        var submit = await LoadGenerator.RunAsync(workers, operations, timeLimit, async (worker, index, token) =>
        {
            using var content = HttpBodies.Json(plan.BodyOf(worker, index));
            using var response = await client.PutAsync(new Uri(plan.PathOf(worker, index), UriKind.Relative), content, token);
            return response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Created
                ? null
                : $"PUT {plan.PathOf(worker, index)} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(token)}";
        }, cancellationToken);

        return new HttpRoundResult(get, put, submit, plan.BodyBytes);
    }
}

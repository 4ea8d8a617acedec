namespace Ics2Port.Bench.Http;

using System.Globalization;
using System.Net;
using System.Text.Json;
using Ics2Port.Bench.Load;

/// <summary>
/// Who sends what in one round: each worker files into its own port calls, alternating FAL 1 and FAL 5 of the
/// arrival, a new port call every <see cref="SubmissionsPerPortCall"/> submissions, so workers never contend for
/// a document and a port call's history stays the size of a real one.
/// </summary>
internal sealed class SubmissionPlan
{
    public const int SubmissionsPerPortCall = 10;

    private readonly string[][] _portCalls;
    private readonly byte[][][] _bodies;

    private SubmissionPlan(string[][] portCalls, byte[][][] bodies)
    {
        _portCalls = portCalls;
        _bodies = bodies;
    }

    public int Submissions => _bodies.Sum(worker => worker.Length);

    public long BodyBytes => _bodies.Sum(worker => worker.Sum(body => (long)body.Length));

    public string PathOf(int worker, int index) =>
        $"/api/port-calls/{_portCalls[worker][index / SubmissionsPerPortCall]}/arrival/{(index % 2 == 0 ? "fal1" : "fal5")}";

    public byte[] BodyOf(int worker, int index) => _bodies[worker][index];

    /// <summary>The crew list of one of a worker's port calls.</summary>
    public string CrewListPathOf(int worker, int portCall) => $"/api/port-calls/{_portCalls[worker][portCall]}/arrival/fal5";

    /// <summary>Registers the port calls of one round over HTTP (not measured) and prepares every body.</summary>
    public static async Task<SubmissionPlan> CreateAsync(HttpClient client, string round, int workers, int submissions, TimeSpan timeLimit, CancellationToken cancellationToken)
    {
        var eta = DateTimeOffset.UtcNow.Date.AddDays(2);
        var bodies = new byte[workers][][];
        var portCalls = new string[workers][];
        for (var worker = 0; worker < workers; worker++)
        {
            var share = (submissions / workers) + (worker < submissions % workers ? 1 : 0);
            bodies[worker] = new byte[share][];
            portCalls[worker] = new string[(share + SubmissionsPerPortCall - 1) / SubmissionsPerPortCall];
            for (var index = 0; index < share; index++)
            {
                var serial = string.Create(CultureInfo.InvariantCulture, $"{round}{worker:D3}{index:D5}");
                bodies[worker][index] = index % 2 == 0
                    ? SubmissionBodies.GeneralDeclaration(Voyage(round, worker, index / SubmissionsPerPortCall), eta, serial)
                    : SubmissionBodies.CrewList(serial);
            }
        }

        // Workers' port call counts differ by at most one, the first workers having more: the generator's own split.
        var registered = await LoadGenerator.RunAsync(
            workers,
            portCalls.Sum(own => own.Length),
            timeLimit,
            async (worker, index, token) =>
            {
                using var content = HttpBodies.Json(SubmissionBodies.PortCall(Voyage(round, worker, index), eta));
                using var response = await client.PostAsync(new Uri("/api/port-calls", UriKind.Relative), content, token);
                var text = await response.Content.ReadAsStringAsync(token);
                if (response.StatusCode != HttpStatusCode.Created)
                {
                    return $"POST /api/port-calls answered {(int)response.StatusCode}: {text}";
                }

                portCalls[worker][index] = JsonDocument.Parse(text).RootElement.GetProperty("portCallId").GetString()!;
                return null;
            },
            cancellationToken);

        return registered.Errors == 0 && !registered.Stopped
            ? new SubmissionPlan(portCalls, bodies)
            : throw new InvalidOperationException($"Registering the port calls of round {round} failed: {registered.FirstError ?? "time limit reached"}.");
    }

    private static string Voyage(string round, int worker, int portCall) =>
        string.Create(CultureInfo.InvariantCulture, $"BT{round}-{worker}-{portCall}");
}

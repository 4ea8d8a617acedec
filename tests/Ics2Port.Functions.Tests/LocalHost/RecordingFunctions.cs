using System.Globalization;
using Azure.Storage.Blobs;
using Azure.Storage.Queues.Models;
using Ics2Port.LocalHost.Functions;
using Ics2Port.LocalHost.Triggers;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;

namespace Ics2Port.Functions.Tests.LocalHost;

/// <summary>
/// Functions declared as the app declares its own, for the local host's triggers to fire: each records what its trigger
/// gave it and when on the test's clock, and fails while <see cref="FunctionCalls"/> says so.
/// </summary>
public sealed class RecordingFunctions(FunctionCalls calls, TimeProvider time)
{
    /// <summary>The function declared by <paramref name="method"/>, bound as the local host binds the app's functions.</summary>
    public static LocalFunction Function(string method) => LocalFunction.Create(typeof(RecordingFunctions).GetMethod(method)!);

    /// <summary>The runner the triggers invoke these functions through, over services that hold the calls and the clock.</summary>
    public static FunctionRunner Runner(FunctionCalls calls, TimeProvider time) =>
        new ServiceCollection()
            .AddLogging()
            .AddSingleton(calls)
            .AddSingleton(time)
            .AddSingleton<FunctionRunner>()
            .BuildServiceProvider()
            .GetRequiredService<FunctionRunner>();

    [Function("OnBlob")]
    public async Task OnBlobAsync(
        [BlobTrigger("watched/{agent}/{name}.csv")] BlobClient blob,
        string agent,
        string name,
        CancellationToken cancellationToken)
    {
        var content = (await blob.DownloadContentAsync(cancellationToken)).Value.Content;
        Record("OnBlob", $"{blob.BlobContainerName}/{blob.Name} agent={agent} name={name}: {content}");
    }

    [Function("OnMessage")]
    public void OnMessage([QueueTrigger("watched")] QueueMessage message) =>
        Record("OnMessage", $"{message.Body} (dequeued {message.DequeueCount.ToString(CultureInfo.InvariantCulture)})");

    [Function("EveryMinute")]
    public void EveryMinute([TimerTrigger("0 */1 * * * *")] TimerInfo timer) => Record("EveryMinute", Describe(timer));

    [Function("DailyAndOnStartup")]
    public void DailyAndOnStartup([TimerTrigger("0 0 3 * * *", RunOnStartup = true)] TimerInfo timer) => Record("DailyAndOnStartup", Describe(timer));

    private static string Describe(TimerInfo timer) => string.Create(
        CultureInfo.InvariantCulture,
        $"pastDue={timer.IsPastDue} last={timer.ScheduleStatus?.Last:s} next={timer.ScheduleStatus?.Next:s}");

    private void Record(string function, string input) => calls.Record(new FunctionCall(function, input, time.GetUtcNow()));
}

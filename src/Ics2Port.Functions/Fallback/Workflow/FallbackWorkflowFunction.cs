namespace Ics2Port.Functions.Fallback.Workflow;

using Microsoft.Azure.Functions.Worker;

/// <summary>The timer function <c>FallbackWorkflow</c>: one workflow run a minute; the host runs one instance at a time across scale-out.</summary>
public sealed partial class FallbackWorkflowFunction(FallbackWorkflow workflow, ILogger<FallbackWorkflowFunction> logger)
{
    public const string Name = "FallbackWorkflow";

    [Function(Name)]
    public async Task RunAsync([TimerTrigger("0 */1 * * * *")] TimerInfo timer, FunctionContext context)
    {
        var report = await workflow.RunAsync(context.InvocationId, context.CancellationToken);
        foreach (var line in report.Lines())
        {
            LogReport(logger, line);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Line}")]
    private static partial void LogReport(ILogger logger, string line);
}

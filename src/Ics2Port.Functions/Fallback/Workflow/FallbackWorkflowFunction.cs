namespace Ics2Port.Functions.Fallback.Workflow;

using Ics2Port.Functions.Triggers.Invocation;

/// <summary>The timer function <c>FallbackWorkflow</c> (schedule in its <c>function.json</c>): one workflow run per occurrence.</summary>
public sealed class FallbackWorkflowFunction(FallbackWorkflow workflow) : ITimerTriggerHandler
{
    public const string FunctionName = "FallbackWorkflow";

    public async Task<TriggerResult> HandleAsync(TimerInvocation invocation, CancellationToken cancellationToken)
    {
        var report = await workflow.RunAsync(invocation.InvocationId, cancellationToken);
        return TriggerResult.Success([.. report.Lines()]);
    }
}

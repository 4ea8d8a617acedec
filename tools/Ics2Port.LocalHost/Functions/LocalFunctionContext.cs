namespace Ics2Port.LocalHost.Functions;

using Microsoft.Azure.Functions.Worker;

/// <summary>
/// The invocation context a function receives under the local host: its invocation id, function name, services and
/// cancellation. What only the worker's gRPC channel provides (binding data, retry and trace context, the function
/// definition) is not there, and asking for it says so.
/// </summary>
internal sealed class LocalFunctionContext(string functionName, string invocationId, IServiceProvider services, CancellationToken cancellationToken)
    : FunctionContext
{
    public override string InvocationId { get; } = invocationId;

    public override string FunctionId { get; } = functionName;

    public override TraceContext TraceContext => throw NotAvailable(nameof(TraceContext));

    public override BindingContext BindingContext => throw NotAvailable(nameof(BindingContext));

    public override RetryContext RetryContext => throw NotAvailable(nameof(RetryContext));

    public override IServiceProvider InstanceServices { get; set; } = services;

    public override FunctionDefinition FunctionDefinition => throw NotAvailable(nameof(FunctionDefinition));

    public override IDictionary<object, object> Items { get; set; } = new Dictionary<object, object>();

    public override IInvocationFeatures Features => throw NotAvailable(nameof(Features));

    public override CancellationToken CancellationToken { get; } = cancellationToken;

    private static NotSupportedException NotAvailable(string member) =>
        new($"FunctionContext.{member} exists only in the Functions worker; the local host passes the invocation id, services and cancellation.");
}

using Azure.Storage.Blobs;
using Ics2Port.LocalHost.Functions;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;

namespace Ics2Port.Functions.Tests.LocalHost;

/// <summary>The local host binds a function as the host would, or refuses to start: nothing is left to drift silently.</summary>
public sealed class LocalFunctionTests
{
    [Theory]
    [InlineData(nameof(Unbindable.WithService), "'clock' (TimeProvider)")]
    [InlineData(nameof(Unbindable.WithVariableNotInTheRoute), "'caseId' (String)")]
    [InlineData(nameof(Unbindable.BlobAsStream), "'file' is a Stream")]
    [InlineData(nameof(Unbindable.TwoTriggers), "2 trigger parameters")]
    public void Create_ParameterItCannotBind_RefusesNamingTheFunctionAndTheParameter(string method, string named)
    {
        var error = Assert.Throws<InvalidOperationException>(() => LocalFunction.Create(typeof(Unbindable).GetMethod(method)!));

        Assert.Contains($"'{method}'", error.Message, StringComparison.Ordinal);
        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvokeAsync_RouteVariablesContextAndCancellation_BoundByNameAndType()
    {
        var function = LocalFunction.Create(typeof(Bindable).GetMethod(nameof(Bindable.Echo))!);
        using var cancellation = new CancellationTokenSource();
        var request = new DefaultHttpContext().Request;

        var answer = await function.InvokeAsync(
            new ServiceCollection().BuildServiceProvider(),
            new InvocationInput("inv-1", request, new Dictionary<string, string> { ["portCallId"] = "pc-1", ["type"] = "fal5" }, cancellation.Token));

        Assert.Equal(("Echo", TriggerKind.HttpTrigger, "pc-1/fal5 inv-1 Echo True"), (function.Name, function.Kind, answer));
    }

    [Fact]
    public async Task InvokeAsync_FunctionThrows_TheExceptionItselfReachesTheCaller()
    {
        var function = LocalFunction.Create(typeof(Bindable).GetMethod(nameof(Bindable.Throws))!);

        var error = await Assert.ThrowsAsync<TimeoutException>(() => function.InvokeAsync(
            new ServiceCollection().BuildServiceProvider(),
            new InvocationInput("inv-2", new TimerInfo(), new Dictionary<string, string>(), CancellationToken.None)));

        Assert.Equal("storage went away", error.Message);
    }

    public static class Bindable
    {
        [Function("Echo")]
        public static Task<string> Echo(
            [HttpTrigger(AuthorizationLevel.Function, "get", Route = "port-calls/{portCallId}/arrival/{type}")] HttpRequest request,
            string portCallId,
            string type,
            FunctionContext context,
            CancellationToken cancellationToken) =>
            Task.FromResult($"{portCallId}/{type} {context.InvocationId} {context.FunctionId} {cancellationToken.CanBeCanceled}");

        [Function("Throws")]
        public static Task Throws([TimerTrigger("0 */5 * * * *")] TimerInfo timer) => throw new TimeoutException("storage went away");
    }

    public static class Unbindable
    {
        [Function(nameof(WithService))]
        public static Task WithService([TimerTrigger("0 */1 * * * *")] TimerInfo timer, TimeProvider clock) => Task.CompletedTask;

        [Function(nameof(WithVariableNotInTheRoute))]
        public static Task WithVariableNotInTheRoute([HttpTrigger(AuthorizationLevel.Function, "get", Route = "cases/{id}")] HttpRequest request, string caseId) => Task.CompletedTask;

        [Function(nameof(BlobAsStream))]
        public static Task BlobAsStream([BlobTrigger("inbound/{name}")] Stream file) => Task.CompletedTask;

        [Function(nameof(TwoTriggers))]
        public static Task TwoTriggers([TimerTrigger("0 */1 * * * *")] TimerInfo timer, [BlobTrigger("inbound/{name}")] BlobClient file) => Task.CompletedTask;
    }
}

namespace Ics2Port.LocalHost.Functions;

using System.Reflection;
using Azure.Storage.Blobs;
using Azure.Storage.Queues.Models;
using Ics2Port.Functions.Hosting;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Azure.Functions.Worker;

/// <summary>
/// One <c>[Function]</c> method, bound as the host binds it: the trigger parameter, <see cref="FunctionContext"/>,
/// <see cref="CancellationToken"/>, and string parameters named after route or blob-path variables. A parameter the
/// local host cannot bind stops the start (<see cref="Create"/> throws), so nothing drifts silently from Azure.
/// </summary>
public sealed class LocalFunction
{
    private readonly Func<InvocationInput, FunctionContext, object?>[] _arguments;

    // Task<T>.Result of the method's return type, looked up once; null for a plain Task.
    private readonly PropertyInfo? _result;

    private LocalFunction(string name, MethodInfo method, TriggerKind kind, Attribute trigger, Func<InvocationInput, FunctionContext, object?>[] arguments)
    {
        Name = name;
        Method = method;
        Kind = kind;
        Trigger = trigger;
        _arguments = arguments;
        _result = method.ReturnType.IsGenericType && typeof(Task).IsAssignableFrom(method.ReturnType)
            ? method.ReturnType.GetProperty(nameof(Task<object>.Result))
            : null;
    }

    public string Name { get; }

    public MethodInfo Method { get; }

    public TriggerKind Kind { get; }

    /// <summary>The trigger attribute: <see cref="HttpTriggerAttribute"/>, <see cref="BlobTriggerAttribute"/>, <see cref="QueueTriggerAttribute"/> or <see cref="TimerTriggerAttribute"/>.</summary>
    public Attribute Trigger { get; }

    public static LocalFunction Create(MethodInfo method)
    {
        var name = FunctionCatalog.NameOf(method);
        var triggers = method.GetParameters()
            .Select(parameter => (parameter, attribute: TriggerOf(parameter)))
            .Where(found => found.attribute is not null)
            .ToList();
        if (triggers.Count != 1)
        {
            throw Unbindable(name, $"it has {triggers.Count} trigger parameters; the local host runs functions with exactly one");
        }

        var (triggerParameter, trigger) = triggers[0];
        var kind = KindOf(trigger!);
        var variables = VariablesOf(trigger!);
        var arguments = method.GetParameters()
            .Select(parameter => parameter == triggerParameter
                ? TriggerArgument(name, kind, parameter)
                : OtherArgument(name, parameter, variables))
            .ToArray();
        return new LocalFunction(name, method, kind, trigger!, arguments);
    }

    /// <summary>Runs the function once on a fresh instance of its class; answers its return value (null for none).</summary>
    public async Task<object?> InvokeAsync(IServiceProvider services, InvocationInput input)
    {
        var context = new LocalFunctionContext(Name, input.InvocationId, services, input.CancellationToken);
        var target = Method.IsStatic ? null : ActivatorUtilities.CreateInstance(services, Method.DeclaringType!);
        try
        {
            var returned = Method.Invoke(target, [.. _arguments.Select(argument => argument(input, context))]);
            if (returned is not Task task)
            {
                return returned;
            }

            await task;
            return _result?.GetValue(task);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e.InnerException);
            throw;
        }
        finally
        {
            (target as IDisposable)?.Dispose();
        }
    }

    private static Attribute? TriggerOf(ParameterInfo parameter) =>
        (Attribute?)parameter.GetCustomAttribute<HttpTriggerAttribute>()
        ?? (Attribute?)parameter.GetCustomAttribute<BlobTriggerAttribute>()
        ?? (Attribute?)parameter.GetCustomAttribute<QueueTriggerAttribute>()
        ?? parameter.GetCustomAttribute<TimerTriggerAttribute>();

    private static TriggerKind KindOf(Attribute trigger) => trigger switch
    {
        HttpTriggerAttribute => TriggerKind.HttpTrigger,
        BlobTriggerAttribute => TriggerKind.BlobTrigger,
        QueueTriggerAttribute => TriggerKind.QueueTrigger,
        _ => TriggerKind.TimerTrigger,
    };

    private static HashSet<string> VariablesOf(Attribute trigger) => trigger switch
    {
        HttpTriggerAttribute http => [.. RoutePatternFactory.Parse(http.Route ?? string.Empty).Parameters.Select(parameter => parameter.Name)],
        BlobTriggerAttribute blob => [.. BlobPathPattern.Parse(blob.BlobPath).Variables],
        _ => [],
    };

    private static Func<InvocationInput, FunctionContext, object?> TriggerArgument(string function, TriggerKind kind, ParameterInfo parameter)
    {
        var type = parameter.ParameterType;
        var supported = kind switch
        {
            TriggerKind.HttpTrigger => type == typeof(HttpRequest),
            TriggerKind.BlobTrigger => type == typeof(BlobClient),
            TriggerKind.QueueTrigger => type == typeof(QueueMessage),
            _ => type == typeof(TimerInfo),
        };
        return supported
            ? (input, _) => input.TriggerValue
            : throw Unbindable(function, $"its {kind} parameter '{parameter.Name}' is a {type.Name}, which the local host does not bind");
    }

    private static Func<InvocationInput, FunctionContext, object?> OtherArgument(string function, ParameterInfo parameter, HashSet<string> variables)
    {
        if (parameter.ParameterType == typeof(FunctionContext))
        {
            return (_, context) => context;
        }

        if (parameter.ParameterType == typeof(CancellationToken))
        {
            return (input, _) => input.CancellationToken;
        }

        if (parameter.ParameterType == typeof(string) && parameter.Name is { } name && variables.Contains(name))
        {
            return (input, _) => input.Variables.GetValueOrDefault(name);
        }

        throw Unbindable(function, $"its parameter '{parameter.Name}' ({parameter.ParameterType.Name}) is neither the trigger, FunctionContext, CancellationToken nor a string named after a variable of the trigger");
    }

    private static InvalidOperationException Unbindable(string function, string reason) =>
        new($"The local host cannot run function '{function}': {reason}.");
}

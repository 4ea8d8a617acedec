namespace Ics2Port.Domain.Reading;

using System.Collections;
using System.Runtime.CompilerServices;
using System.Text.Json.Serialization.Metadata;
using Ics2Port.Domain.Common;

/// <summary>
/// Finds <c>null</c> elements in a document's lists (<c>"crew": [null]</c>): the records allow a missing field,
/// which a validator reports, but a list element must be an object.
/// </summary>
/// <remarks>
/// Every document is walked, so the walk costs little: it visits only the fields whose type can hold a list, and
/// it keeps the way down as a stack of names and indexes, turning it into a pointer only for a null it reports.
/// </remarks>
internal static class JsonNullElements
{
    private static readonly ConditionalWeakTable<JsonTypeInfo, Shape> Shapes = [];

    public static void Report(object value, JsonTypeInfo info, ReadErrors errors) =>
        Walk(value, ShapeOf(info, []), new Stack<PathToken>(), errors);

    private static void Walk(object value, Shape shape, Stack<PathToken> path, ReadErrors errors)
    {
        foreach (var (property, child) in shape.Fields)
        {
            if (property.Get?.Invoke(value) is { } childValue)
            {
                path.Push(new PathToken(property.Name, 0));
                Walk(childValue, child, path, errors);
                path.Pop();
            }
        }

        if (shape.Elements is not { } elements)
        {
            return;
        }

        var index = 0;
        foreach (var element in (IEnumerable)value)
        {
            if (element is null)
            {
                path.Push(new PathToken(null, index));
                errors.Add(Pointer(path), "A list element must be an object, not null.");
                path.Pop();
            }
            else if (elements.CanHoldList)
            {
                path.Push(new PathToken(null, index));
                Walk(element, elements, path, errors);
                path.Pop();
            }

            index++;
        }
    }

    private static string Pointer(Stack<PathToken> path)
    {
        var pointer = string.Empty;
        foreach (var token in path.Reverse())
        {
            pointer = token.Name is { } name ? JsonPointer.Append(pointer, name) : JsonPointer.Append(pointer, token.Index);
        }

        return pointer;
    }

    /// <summary>What of a type the walk visits; a type met again on its own way down is taken to hold a list.</summary>
    private static Shape ShapeOf(JsonTypeInfo info, HashSet<JsonTypeInfo> onTheWayDown)
    {
        if (Shapes.TryGetValue(info, out var known))
        {
            return known;
        }

        if (!onTheWayDown.Add(info))
        {
            return Shape.Recursive(info, ShapeOf);
        }

        var shape = info.Kind switch
        {
            JsonTypeInfoKind.Object => new Shape(
                [.. info.Properties
                    .Select(property => (property, ShapeOf(info.Options.GetTypeInfo(property.PropertyType), onTheWayDown)))
                    .Where(field => field.Item2.CanHoldList)],
                null),
            JsonTypeInfoKind.Enumerable when info.ElementType is { } elementType => new Shape([], ShapeOf(info.Options.GetTypeInfo(elementType), onTheWayDown)),
            _ => Shape.Leaf,
        };
        onTheWayDown.Remove(info);
        return Shapes.GetValue(info, _ => shape);
    }

    private readonly record struct PathToken(string? Name, int Index);

    private sealed class Shape((JsonPropertyInfo Property, Shape Child)[] fields, Shape? elements)
    {
        private readonly Func<Shape>? resolve;

        private Shape(Func<Shape> resolve)
            : this([], null) => this.resolve = resolve;

        public static Shape Leaf { get; } = new([], null);

        public (JsonPropertyInfo Property, Shape Child)[] Fields => resolve is null ? fields : resolve().Fields;

        /// <summary>The elements' shape when the type is a list.</summary>
        public Shape? Elements => resolve is null ? elements : resolve().Elements;

        public bool CanHoldList => resolve is not null || Elements is not null || Fields.Length > 0;

        public static Shape Recursive(JsonTypeInfo info, Func<JsonTypeInfo, HashSet<JsonTypeInfo>, Shape> shapeOf) =>
            new(() => shapeOf(info, []));
    }
}

namespace Ics2Port.Domain.Reading;

using System.Collections;
using System.Text.Json.Serialization.Metadata;
using Ics2Port.Domain.Common;

/// <summary>
/// Finds <c>null</c> elements in a document's lists (<c>"crew": [null]</c>): the records allow a missing field,
/// which a validator reports, but a list element must be an object.
/// </summary>
internal static class JsonNullElements
{
    public static void Report(object value, JsonTypeInfo info, string pointer, ReadErrors errors)
    {
        switch (info.Kind)
        {
            case JsonTypeInfoKind.Object:
                foreach (var property in info.Properties)
                {
                    if (property.Get?.Invoke(value) is { } child)
                    {
                        Report(child, info.Options.GetTypeInfo(property.PropertyType), JsonPointer.Append(pointer, property.Name), errors);
                    }
                }

                break;
            case JsonTypeInfoKind.Enumerable when info.ElementType is { } elementType:
                var elementInfo = info.Options.GetTypeInfo(elementType);
                var index = 0;
                foreach (var element in (IEnumerable)value)
                {
                    if (element is null)
                    {
                        errors.Add(JsonPointer.Append(pointer, index), "A list element must be an object, not null.");
                    }
                    else
                    {
                        Report(element, elementInfo, JsonPointer.Append(pointer, index), errors);
                    }

                    index++;
                }

                break;
        }
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;

namespace EntityGraph.Tests.Export;

/// <summary>
/// Checks a JSON document against the parts of JSON Schema 2020-12 that <c>docs/graph.schema.json</c> uses
/// (type, const, enum, required, properties, additionalProperties, items, $ref to $defs, minimum, maximum,
/// minLength, pattern). Enough to hold our output to the published contract without a schema library.
/// </summary>
internal sealed class JsonSchemaCheck
{
    private readonly JObject _root;

    public JsonSchemaCheck(JObject schema) => _root = schema;

    public List<string> Validate(JToken instance)
    {
        var errors = new List<string>();
        Check(_root, instance, "$", errors);
        return errors;
    }

    private void Check(JObject schema, JToken value, string path, List<string> errors)
    {
        if (errors.Count > 20)
        {
            return;
        }

        if (schema["$ref"] is JValue r)
        {
            string reference = (string)r!;
            const string Prefix = "#/$defs/";
            if (!reference.StartsWith(Prefix, StringComparison.Ordinal))
            {
                throw new NotSupportedException(reference);
            }

            Check((JObject)_root["$defs"]![reference[Prefix.Length..]]!, value, path, errors);
        }

        if (schema["type"] is JToken type && !TypeMatches(type, value))
        {
            errors.Add(path + ": expected type " + type.ToString(Newtonsoft.Json.Formatting.None) + ", found " + value.Type);
            return;
        }

        if (schema["const"] is JToken c && !JToken.DeepEquals(c, value))
        {
            errors.Add(path + ": expected " + c);
        }

        if (schema["enum"] is JArray e && !e.Any(x => JToken.DeepEquals(x, value)))
        {
            errors.Add(path + ": " + value + " is not one of " + e.ToString(Newtonsoft.Json.Formatting.None));
        }

        if (value.Type is JTokenType.Integer or JTokenType.Float)
        {
            double d = (double)value;
            if (schema["minimum"] is JToken min && d < (double)min)
            {
                errors.Add(path + ": " + d + " < minimum " + min);
            }

            if (schema["maximum"] is JToken max && d > (double)max)
            {
                errors.Add(path + ": " + d + " > maximum " + max);
            }
        }

        if (value.Type == JTokenType.String)
        {
            string s = (string)value!;
            if (schema["minLength"] is JToken ml && s.Length < (int)ml)
            {
                errors.Add(path + ": shorter than " + ml);
            }

            if (schema["pattern"] is JToken p && !Regex.IsMatch(s, (string)p!))
            {
                errors.Add(path + ": '" + s + "' does not match " + p);
            }
        }

        if (value is JObject o)
        {
            var properties = schema["properties"] as JObject;
            if (schema["required"] is JArray required)
            {
                foreach (JToken name in required)
                {
                    if (o[(string)name!] is null)
                    {
                        errors.Add(path + ": missing required '" + name + "'");
                    }
                }
            }

            foreach (JProperty prop in o.Properties())
            {
                if (properties?[prop.Name] is JObject ps)
                {
                    Check(ps, prop.Value, path + "." + prop.Name, errors);
                }
                else if (schema["additionalProperties"] is JObject extra)
                {
                    Check(extra, prop.Value, path + "." + prop.Name, errors);
                }
            }
        }

        if (value is JArray a && schema["items"] is JObject items)
        {
            for (int i = 0; i < a.Count; i++)
            {
                Check(items, a[i], path + "[" + i + "]", errors);
            }
        }
    }

    private static bool TypeMatches(JToken type, JToken value)
    {
        if (type is JArray any)
        {
            return any.Any(t => TypeMatches(t, value));
        }

        return (string)type! switch
        {
            "object" => value.Type == JTokenType.Object,
            "array" => value.Type == JTokenType.Array,
            "string" => value.Type == JTokenType.String,
            "integer" => value.Type == JTokenType.Integer,
            "number" => value.Type is JTokenType.Integer or JTokenType.Float,
            "boolean" => value.Type == JTokenType.Boolean,
            "null" => value.Type == JTokenType.Null,
            _ => throw new NotSupportedException((string)type!),
        };
    }
}

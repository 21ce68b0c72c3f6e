"""Checks a parsed answer against botocore's model of the operation's output: every member is one
the model names, of the model's type, within its enum, with the required members present."""


def check(value, shape, path):
    kind = shape.type_name
    if kind == "structure":
        assert isinstance(value, dict), path
        for name in shape.required_members:
            assert name in value, f"{path}.{name} is required"
        for name, member in value.items():
            assert name in shape.members, f"{path}.{name} is not in the model"
            check(member, shape.members[name], f"{path}.{name}")
    elif kind == "list":
        assert isinstance(value, list), path
        for index, item in enumerate(value):
            check(item, shape.member, f"{path}[{index}]")
    elif kind == "map":
        assert isinstance(value, dict), path
        for key, item in value.items():
            check(item, shape.value, f"{path}[{key}]")
    elif kind == "string" and shape.name == "policyDocumentType" and isinstance(value, dict):
        pass  # botocore decodes IAM's URL-encoded policy documents into JSON
    elif kind == "string":
        assert isinstance(value, str), path
        enum = shape.metadata.get("enum")
        assert not enum or value in enum, f"{path}: {value} not in {enum}"
    elif kind in ("integer", "long"):
        assert isinstance(value, int), path
    elif kind == "boolean":
        assert isinstance(value, bool), path


def checked(client, operation, answer):
    """The answer without ResponseMetadata, once it matched the model."""
    answer = {key: value for key, value in answer.items() if key != "ResponseMetadata"}
    check(answer, client.meta.service_model.operation_model(operation).output_shape, operation)
    return answer

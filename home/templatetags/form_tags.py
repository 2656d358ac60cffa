from django import template

register = template.Library()


@register.filter
def error_count(form):
    return sum(len(errors) for errors in form.errors.values())


@register.filter
def input_id(bound_field):
    """The id of the element an error link should focus.

    Radio and checkbox groups have no element with the field's own id; their
    first option's id is the field's id with ``_0``.
    """
    if bound_field.use_fieldset:
        return f"{bound_field.auto_id}_0"
    return bound_field.id_for_label

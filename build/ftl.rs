//! Reading a Fluent file's messages: their ids, the variables each uses, and the text of
//! those that are plain. Shared by the build script and the translation tests.

use std::collections::BTreeMap;
use std::path::Path;

use fluent_syntax::ast;

/// A message: its variables in order of first appearance, and its text when it is plain.
pub struct Message {
    /// The variables, in order of first appearance.
    pub variables: Vec<String>,
    /// The text, when the message has no placeable but string literals.
    pub plain: Option<String>,
}

/// The messages of the Fluent file at `path`, by id, or what is wrong with it (with the
/// line).
pub fn read_messages(path: &Path) -> Result<BTreeMap<String, Message>, String> {
    let source = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let resource = match fluent_syntax::parser::parse(source.as_str()) {
        Ok(resource) => resource,
        Err((_, errors)) => {
            let first = &errors[0];
            let line = source[..first.pos.start.min(source.len())].lines().count();
            return Err(format!("{}:{line}: {:?}", path.display(), first.kind));
        }
    };
    let mut messages = BTreeMap::new();
    for entry in resource.body {
        if let ast::Entry::Message(message) = entry {
            let mut variables = Vec::new();
            let mut plain = None;
            if let Some(value) = &message.value {
                collect_variables(value, &mut variables);
                plain = plain_text(value);
            }
            for attribute in &message.attributes {
                collect_variables(&attribute.value, &mut variables);
            }
            let id = message.id.name.to_owned();
            if messages
                .insert(id.clone(), Message { variables, plain })
                .is_some()
            {
                return Err(format!("{}: message {id} is defined twice", path.display()));
            }
        }
    }
    Ok(messages)
}

fn plain_text(pattern: &ast::Pattern<&str>) -> Option<String> {
    let mut text = String::new();
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => text.push_str(value),
            ast::PatternElement::Placeable {
                expression: ast::Expression::Inline(ast::InlineExpression::StringLiteral { value }),
            } => text.push_str(value),
            ast::PatternElement::Placeable { .. } => return None,
        }
    }
    Some(text)
}

fn collect_variables(pattern: &ast::Pattern<&str>, out: &mut Vec<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            collect_in_expression(expression, out);
        }
    }
}

fn collect_in_expression(expression: &ast::Expression<&str>, out: &mut Vec<String>) {
    match expression {
        ast::Expression::Inline(inline) => collect_in_inline(inline, out),
        ast::Expression::Select { selector, variants } => {
            collect_in_inline(selector, out);
            for variant in variants {
                collect_variables(&variant.value, out);
            }
        }
    }
}

fn collect_in_inline(inline: &ast::InlineExpression<&str>, out: &mut Vec<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } if !out.iter().any(|v| v == id.name) => {
            out.push(id.name.to_owned());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                collect_in_inline(argument, out);
            }
            for named in &arguments.named {
                collect_in_inline(&named.value, out);
            }
        }
        ast::InlineExpression::Placeable { expression } => collect_in_expression(expression, out),
        _ => {}
    }
}
